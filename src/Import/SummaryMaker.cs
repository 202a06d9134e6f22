using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// A short summary for listings: the opening sentences of the first real paragraph, at least
/// <see cref="MinLength"/> characters, cut at a clause or word with an ellipsis when a sentence runs long.
/// </summary>
public static partial class SummaryMaker
{
    public const int MinLength = 100;
    public const int MaxLength = 320;

    public static string? Make(IEnumerable<BodyNode> nodes)
    {
        var first = nodes.OfType<ParagraphNode>().FirstOrDefault(p => p.Text.Length > MinLength)?.Text;
        if (first is null)
        {
            return null;
        }

        first = Markers().Replace(first, "");
        var end = SentenceBreak().Matches(first).Select(m => m.Index + 1).FirstOrDefault(i => i >= MinLength);
        if (end > 0 && end <= MaxLength)
        {
            return first[..end].Trim();
        }

        if (first.Length <= MaxLength)
        {
            return first.Trim();
        }

        // Cut at the last clause break that leaves enough text, else at the last word.
        var clause = first.LastIndexOfAny([',', '،', ';', '؛'], MaxLength);
        var cut = clause >= MinLength ? clause : first.LastIndexOf(' ', MaxLength);
        return first[..(cut > 0 ? cut : MaxLength)].TrimEnd(' ', ',', '،', '؛', ';') + "…";
    }

    [GeneratedRegex(@"[.!?؟](?=\s|$)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s?\[\d{1,3}\]")]
    private static partial Regex Markers();
}
