namespace BriefingSite.Import;

/// <summary>
/// A line that only names the publisher ("United States Government Accountability Office" over
/// a letter, "وزارة الخارجية الأمريكية" over a statement, a logo's text printed twice, its initials) is the
/// letterhead, not a section heading: such headings become paragraphs again.
/// </summary>
public static class LetterheadLines
{
    public static List<BodyNode> Demote(List<BodyNode> nodes, string? publisher)
    {
        var names = Names(publisher);
        if (names.Count == 0)
        {
            return nodes;
        }

        return [.. nodes.Select(n => n is HeadingNode heading && IsLetterhead(heading.Text, names, publisher) ? new ParagraphNode(heading.Text, heading.Line) : n)];
    }

    /// <summary>The publisher's name, printed once or twice, or its initials alone (a logo's "GAO").</summary>
    private static bool IsLetterhead(string text, List<string> names, string? publisher)
    {
        var words = Squeezed(text);
        return names.Any(name => words == name || words == name + " " + name) || Abbreviation.Abbreviates(words, publisher);
    }

    /// <summary>The publisher, and its department alone when an office follows it after a comma.</summary>
    private static List<string> Names(string? publisher)
    {
        if (string.IsNullOrWhiteSpace(publisher))
        {
            return [];
        }

        var cut = publisher.IndexOfAny([',', '،']);
        return [.. new[] { publisher, cut > 0 ? publisher[..cut] : "" }.Select(Squeezed).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    private static string Squeezed(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
