using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Splits several <c>[n]</c> footnote definitions run together on one line. Bracketed words that
/// are not numbers (<c>[Persian]</c>) stay in the text. Finding and linking notes is
/// <see cref="NoteLinker"/>'s job.
/// </summary>
public static partial class FootnoteExtractor
{
    /// <summary>Splits a line like <c>[13] See A. [Persian] [14] See B.</c> at each numbered marker.</summary>
    public static IEnumerable<(int Number, string Text)> SplitLine(string line)
    {
        var matches = Marker().Matches(line);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : line.Length;
            yield return (BodyNodeReader.ParseNumber(matches[i].Groups[1].Value), line[start..end].Trim());
        }
    }

    [GeneratedRegex(@"\[([0-9٠-٩۰-۹]{1,3})\]\s*")]
    private static partial Regex Marker();
}
