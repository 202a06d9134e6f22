using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// The publisher as a web page names itself outside its text: a logo's text repeated over a
/// block, a wiki's tagline ("From Wikipedia, the free encyclopedia"), an institution alone on a
/// footer line removed as furniture.
/// </summary>
public static partial class SiteNameReader
{
    private const int LongParagraphWords = 40;

    /// <summary>
    /// A logo's text copied from a web page: the same short line naming an institution, repeated
    /// on every line of a block before the body ("U.S. Department of State" nine times). It names
    /// the publisher and is no part of the text.
    /// </summary>
    public static string? TakeLogo(List<TextBlock> blocks)
    {
        var top = blocks.TakeWhile(b => Words(b.Text) <= LongParagraphWords).Count();
        var logo = blocks.Take(top).FirstOrDefault(b => b.Lines.Count >= 2 && b.Lines.Select(l => l.Trim()).Distinct(StringComparer.Ordinal).Count() == 1
            && Words(b.Lines[0]) <= 8 && MetadataLineReader.NamesInstitution(b.Lines[0]));
        if (logo is null)
        {
            return null;
        }

        // A furniture line removed from among the logo lines splits them into several blocks.
        var name = logo.Lines[0].Trim();
        foreach (var block in blocks.Take(top).Where(b => b.Lines.All(l => l.Trim() == name)).ToList())
        {
            blocks.Remove(block);
        }

        return name;
    }

    /// <summary>An institution's name alone on a line removed as furniture (a footer's "U.S. Department of State").</summary>
    public static string? InstitutionRemoved(IReadOnlyList<string> furniture) =>
        furniture.Select(l => l.Trim()).FirstOrDefault(l => Words(l) <= 6 && MetadataLineReader.NamesInstitution(l) && !l.Any(char.IsDigit) && !SentenceEnd.Ends(l) && !l.Contains(" - ", StringComparison.Ordinal));

    /// <summary>The site a wiki page names in its tagline, which was removed as furniture: "From Wikipedia, the free encyclopedia", "من ويكي الأخبار".</summary>
    public static string? Tagline(IReadOnlyList<string> furniture) =>
        furniture.Select(l => TaglineLine().Match(l.Trim())).FirstOrDefault(m => m.Success && Words(m.Value) <= 6)?.Groups["site"].Value.Trim();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:من|From|از)\s+(?<site>[^،,|]{2,40}(?:[،,]\s*[^،,|]{2,40})?)\s*\|?$")]
    private static partial Regex TaglineLine();
}
