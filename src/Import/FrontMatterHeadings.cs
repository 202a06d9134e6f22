namespace BriefingSite.Import;

/// <summary>
/// Demotes headings found in a report's front matter from its contents list to its body (the
/// list's own title, the rest of the contents, a list of abbreviations, the letter's
/// letterhead) to paragraphs.
/// A contents list is a paragraph made almost wholly of the titles of headings that follow it
/// (page numbers and dot leaders aside); the body begins at the first heading it names. A heading
/// between the two that the list does not name ("Abbreviations", "United States Government
/// Accountability Office") is not a section of the document. Headings above the list (a summary
/// page's "Why We Did This Study") are left alone: reports differ on whether those are sections.
/// Without such a list nothing changes.
/// </summary>
public static class FrontMatterHeadings
{
    private const int MinNamedHeadings = 3;
    private const double MaxLeftoverShare = 0.2;
    private const int MinLeftoverAllowed = 2;

    public static List<BodyNode> Demote(IReadOnlyList<BodyNode> nodes)
    {
        for (var c = 0; c < nodes.Count; c++)
        {
            if (nodes[c] is not ParagraphNode contents)
            {
                continue;
            }

            var named = NamedHeadings(nodes, c, contents.Text);
            if (named is null)
            {
                continue;
            }

            var bodyStart = Enumerable.Range(c + 1, nodes.Count - c - 1)
                .First(i => nodes[i] is HeadingNode heading && named.Contains(heading.Text));
            return nodes.Select((node, i) => i >= c - 1 && i < bodyStart && node is HeadingNode heading && !named.Contains(heading.Text)
                ? new ParagraphNode(heading.Text, heading.Line)
                : node).ToList();
        }

        return nodes.ToList();
    }

    /// <summary>The later headings' titles <paramref name="text"/> names, when it is nothing but such titles; otherwise null.</summary>
    private static HashSet<string>? NamedHeadings(IReadOnlyList<BodyNode> nodes, int at, string text)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var leftover = text;
        foreach (var heading in nodes.Skip(at + 1).OfType<HeadingNode>().OrderByDescending(h => h.Text.Length))
        {
            if (Names(text, heading.Text))
            {
                named.Add(heading.Text);
                leftover = leftover.Replace(heading.Text, " ", StringComparison.Ordinal);
            }
        }

        if (named.Count < MinNamedHeadings)
        {
            return null;
        }

        var words = HeadingDetector.WordCount(text);
        var left = leftover.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(word => word.Any(char.IsLetter));
        return left <= Math.Max(MinLeftoverAllowed, words * MaxLeftoverShare) ? named : null;
    }

    /// <summary>True when <paramref name="title"/> occurs in <paramref name="text"/> as whole words.</summary>
    private static bool Names(string text, string title)
    {
        for (var at = text.IndexOf(title, StringComparison.Ordinal); at >= 0; at = text.IndexOf(title, at + 1, StringComparison.Ordinal))
        {
            var end = at + title.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
