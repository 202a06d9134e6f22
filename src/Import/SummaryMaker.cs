using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// A short summary for listings: the opening sentences of the first real paragraph, at least
/// <see cref="MinLength"/> characters, cut at a clause or word with an ellipsis when a sentence runs long.
/// Never cover text, a paragraph with an address in it, a date line or text in another script
/// (the English banner of an Arabic web page).
/// </summary>
public static partial class SummaryMaker
{
    public const int MinLength = 100;
    public const int MaxLength = 320;

    /// <param name="nodes">The body.</param>
    /// <param name="script">The seed language's script; paragraphs mostly in another script are skipped.</param>
    /// <param name="coverLines">First lines of cover blocks kept in the body, which are not the text's opening.</param>
    public static string? Make(IEnumerable<BodyNode> nodes, string? script = null, IReadOnlySet<int>? coverLines = null)
    {
        var first = nodes.OfType<ParagraphNode>().FirstOrDefault(p => p.Text.Length > MinLength
            && (coverLines is null || !coverLines.Contains(p.Line))
            && (script is null || ScriptDetector.Detect(p.Text) == script)
            && !Address().IsMatch(p.Text)
            && !IsDateline(p.Text)
            && !IsLabel(p.Text))?.Text;
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

    /// <summary>
    /// A short paragraph with no sentence in it is a cover or title line ("Testimony Before the
    /// Subcommittee on …, House of Representatives"), not the text's opening; a long one is prose
    /// whose writer left the stops out.
    /// </summary>
    private static bool IsLabel(string text) => text.Length < MaxLength && !SentenceBreak().IsMatch(Markers().Replace(text, ""));

    /// <summary>A date and little else, or a line that opens with a date and is no sentence ("Thursday, March 13, 2008 — For Release on Delivery").</summary>
    private static bool IsDateline(string text) =>
        MetadataLineReader.DateLine(text) is not null
        || !SentenceEnd.Ends(text) && DateFinder.Find(text) is [{ Index: <= 12 }, ..];

    [GeneratedRegex(@"https?://|www\.|\S+@\S+\.\w", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    /// <summary>A stop before a space or the end, but not after an initial ("Shirley A. Jones").</summary>
    [GeneratedRegex(@"(?<!\b\p{Lu})[.!?؟](?=\s|$)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s?\[\d{1,3}\]")]
    private static partial Regex Markers();
}
