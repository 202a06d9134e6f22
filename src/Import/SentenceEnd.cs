namespace BriefingSite.Import;

/// <summary>Whether text ends a sentence, in either script, looking through closing quotes and brackets.</summary>
public static class SentenceEnd
{
    private const string Terminal = ".!?؟:;؛…";
    private const string Closing = "\"'”’»)]";

    public static bool Ends(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd(Closing.ToCharArray());
        return trimmed.Length > 0 && Terminal.Contains(trimmed[^1], StringComparison.Ordinal);
    }

    /// <summary>Ends with a question mark, Latin or Arabic: allowed at the end of a heading.</summary>
    public static bool IsQuestion(string text) => text.TrimEnd() is [.., '?' or '؟'];
}
