namespace BriefingSite.Import;

/// <summary>
/// Starts a block at a numbered figure or table caption, or at a table's source note, that
/// pdftotext wrote straight after the paragraph above it, without the blank line between
/// ("… for Kids." / "Table 2: Sources and …"; "… same grant." / "Source: GAO."): the caption,
/// and the table's cells after it, are not part of that paragraph's last sentence.
/// </summary>
public static class CaptionSplitter
{
    public static List<TextBlock> Split(IEnumerable<TextBlock> blocks) => [.. blocks.SelectMany(SplitBlock)];

    private static IEnumerable<TextBlock> SplitBlock(TextBlock block)
    {
        var start = 0;
        for (var i = 1; i < block.Lines.Count; i++)
        {
            if (SentenceEnd.Ends(block.Lines[i - 1].Trim()) && (NotAHeading.IsNumberedCaption(block.Lines[i]) || NotAHeading.IsSourceNote(block.Lines[i])))
            {
                yield return new TextBlock([.. block.Lines.Skip(start).Take(i - start)], block.StartLine + start);
                start = i;
            }
        }

        yield return start == 0 ? block : new TextBlock([.. block.Lines.Skip(start)], block.StartLine + start);
    }
}
