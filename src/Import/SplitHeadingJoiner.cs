namespace BriefingSite.Import;

/// <summary>
/// Joins a heading that page layout split into two paragraphs ("Appendix I: Objectives, Scope,
/// and" / "Methodology"; "Appendix V: Comments from the Department" / "of Energy"): a short
/// first part that cannot end a title (it ends in "and", "of" or a comma) or a second part that
/// starts with a lower-case small word of a title. The join is kept only when the whole reads as
/// a heading (<see cref="HeadingDetector.LooksLikeHeading"/>), or when a page header confirms the whole.
/// </summary>
public static class SplitHeadingJoiner
{
    private const int MaxFirstLines = 3;
    private const int MaxSecondLines = 2;
    private const int MaxSecondWords = 8;

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "over", "under", "between", "about",
    };

    public static List<BodyNode> Join(IReadOnlyList<BodyNode> nodes) => Join(nodes, new Dictionary<int, string>());

    /// <param name="nodes">The body's nodes.</param>
    /// <param name="confirmed">Headings a repeated page header confirms, by line (<see cref="PagedText.ConfirmedHeadings"/>): two paragraphs that together make one are joined whatever their words.</param>
    public static List<BodyNode> Join(IReadOnlyList<BodyNode> nodes, IReadOnlyDictionary<int, string> confirmed)
    {
        var result = new List<BodyNode>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is ParagraphNode first && i + 1 < nodes.Count && nodes[i + 1] is ParagraphNode second
                && (Confirmed(first, second, confirmed) ?? Joined(first, second)) is { } joined)
            {
                result.Add(joined);
                i++;
                continue;
            }

            result.Add(nodes[i]);
        }

        return result;
    }

    private static ParagraphNode? Confirmed(ParagraphNode first, ParagraphNode second, IReadOnlyDictionary<int, string> confirmed) =>
        confirmed.TryGetValue(first.Line, out var title) && title == PageTopRepeats.Title(first.Text + " " + second.Text)
            ? new ParagraphNode(title, first.Line, first.SourceLines + second.SourceLines)
            : null;

    private static ParagraphNode? Joined(ParagraphNode first, ParagraphNode second)
    {
        var head = first.Text.Trim();
        var tail = second.Text.Trim();
        if (first.SourceLines > MaxFirstLines || second.SourceLines > MaxSecondLines || head.Length == 0 || tail.Length == 0
            || HeadingDetector.WordCount(tail) > MaxSecondWords || SentenceEnd.Ends(head) || SentenceEnd.Ends(tail))
        {
            return null;
        }

        var firstGoesOn = NotAHeading.EndsDangling(head) || head.EndsWith(',') || head.EndsWith('،');
        var secondContinues = SmallWords.Contains(tail.Split(' ')[0]);
        if (!firstGoesOn && !secondContinues)
        {
            return null;
        }

        // Read as wrapped lines (a long Latin title) or, where case says nothing (Arabic), as one line.
        var wrapped = new ParagraphNode(head + " " + tail, first.Line, first.SourceLines + second.SourceLines);
        var line = wrapped with { SourceLines = 1 };
        return HeadingDetector.LooksLikeHeading(wrapped) ? wrapped : HeadingDetector.LooksLikeHeading(line) ? line : null;
    }
}
