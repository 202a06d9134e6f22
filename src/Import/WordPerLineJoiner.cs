namespace BriefingSite.Import;

/// <summary>
/// Joins a sentence that an extractor wrote one word per paragraph (pdftotext does this with a
/// justified right-to-left line: «على مضمون» / «البيان» / «الأصلي» / «يرجى» …, each between blank
/// lines). Three or more paragraphs in a row of one or two words each, none ending a sentence
/// except the last, are one piece of text: no document sets words apart like that on purpose.
/// </summary>
public static class WordPerLineJoiner
{
    private const int MinRun = 3;
    private const int MaxWords = 2;

    public static List<BodyNode> Join(IReadOnlyList<BodyNode> nodes)
    {
        var result = new List<BodyNode>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var end = i;
            while (end < nodes.Count && IsLoneWords(nodes[end]) && (end == i || !SentenceEnd.Ends(nodes[end - 1].Text)))
            {
                end++;
            }

            if (end - i >= MinRun)
            {
                var run = nodes.Skip(i).Take(end - i).ToList();
                result.Add(new ParagraphNode(string.Join(' ', run.Select(n => n.Text.Trim())), run[0].Line, run.Count));
                i = end - 1;
            }
            else
            {
                result.Add(nodes[i]);
            }
        }

        return result;
    }

    private static bool IsLoneWords(BodyNode node) =>
        node is ParagraphNode { SourceLines: 1 } paragraph && HeadingDetector.WordCount(paragraph.Text) <= MaxWords && !PageNumber.Is(paragraph.Text);
}
