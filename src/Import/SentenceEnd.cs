using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Whether text ends a sentence, in either script, looking through trailing footnote markers
/// (<c>security. [3]</c>, or a <see cref="NoteMarker"/>) and closing quotes and brackets.
/// </summary>
public static partial class SentenceEnd
{
    private const string Terminal = ".!?؟:;؛…";
    private const string Closing = "\"'”’»)]";

    public static bool Ends(string text)
    {
        var trimmed = TrailingMarkers().Replace(text, "").TrimEnd().TrimEnd(Closing.ToCharArray());
        return trimmed.Length > 0 && Terminal.Contains(trimmed[^1], StringComparison.Ordinal);
    }

    /// <summary>Ends with a question mark, Latin or Arabic: allowed at the end of a heading.</summary>
    public static bool IsQuestion(string text) => text.TrimEnd() is [.., '?' or '؟'];

    [GeneratedRegex(@"(\s*(\[\^?\d{1,3}\]|\uE000[0-9]+\uE001))+\s*$")]
    private static partial Regex TrailingMarkers();
}
