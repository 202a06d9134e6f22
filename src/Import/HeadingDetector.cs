namespace BriefingSite.Import;

/// <summary>
/// A section heading is a paragraph of one short line that does not end a sentence (a question
/// mark, <c>?</c> or <c>؟</c>, is allowed), does not start in lower case and has text after it.
/// </summary>
public static class HeadingDetector
{
    public const int MaxWords = 12;
    private const int MaxLength = 120;

    public static List<BodyNode> Detect(IReadOnlyList<BodyNode> nodes) =>
        [.. nodes.Select((node, i) => node is ParagraphNode paragraph && i + 1 < nodes.Count && LooksLikeHeading(paragraph)
            ? new HeadingNode(paragraph.Text, paragraph.Line)
            : node)];

    public static bool LooksLikeHeading(ParagraphNode paragraph)
    {
        var text = paragraph.Text.Trim();
        return paragraph.SourceLines == 1
            && text.Length is > 0 and <= MaxLength
            && WordCount(text) <= MaxWords
            && (!SentenceEnd.Ends(text) || SentenceEnd.IsQuestion(text))
            && !text.EndsWith(',') && !text.EndsWith('،')
            && !char.IsLower(text[0])
            && !PageNumber.Is(text);
    }

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
