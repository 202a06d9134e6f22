namespace BriefingSite.Import;

/// <summary>
/// Splits text that was never hard-wrapped (a web page copied out, where each paragraph is one
/// long line and the copy kept no blank lines between them) into one block per paragraph. Such
/// text is recognised by its lines: hard-wrapped text (pdftotext, e-mail) has none longer than a
/// page is wide, a web copy has several. Inside a block of such text a paragraph ends after a
/// long line that ends a sentence, and a short line before a long one (a heading, a label) stands
/// alone; short lines together (a dateline, an address) stay one block, and a long line that does
/// not end a sentence runs on into the next, as a paragraph cut by a page break does.
/// </summary>
public static class UnwrappedParagraphs
{
    /// <summary>Longer than any printed line: 160 characters, white space runs counted as one.</summary>
    public const int ParagraphLineLength = 160;

    /// <summary>How many paragraph-long lines make a text unwrapped (one could be a pasted URL).</summary>
    private const int MinParagraphLines = 2;

    /// <summary>A line this short before a paragraph-long one is a heading or a label.</summary>
    private const int MaxLabelLength = 100;

    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<TextBlock> blocks) =>
        IsUnwrapped(blocks) ? [.. blocks.SelectMany(SplitBlock)] : blocks;

    public static bool IsUnwrapped(IEnumerable<TextBlock> blocks) =>
        blocks.SelectMany(b => b.Lines).Count(IsParagraphLong) >= MinParagraphLines;

    private static IEnumerable<TextBlock> SplitBlock(TextBlock block)
    {
        var start = 0;
        for (var i = 0; i < block.Lines.Count - 1; i++)
        {
            if (EndsParagraph(block.Lines[i], block.Lines[i + 1]))
            {
                yield return new TextBlock([.. block.Lines.Skip(start).Take(i + 1 - start)], block.StartLine + start);
                start = i + 1;
            }
        }

        yield return start == 0 ? block : new TextBlock([.. block.Lines.Skip(start)], block.StartLine + start);
    }

    private static bool EndsParagraph(string line, string next) =>
        (IsParagraphLong(line) && SentenceEnd.Ends(line))
        || (IsParagraphLong(next) && Length(line) <= MaxLabelLength && !line.TrimEnd().EndsWith(',') && !line.TrimEnd().EndsWith('،'));

    private static bool IsParagraphLong(string line) => Length(line) > ParagraphLineLength;

    /// <summary>Length with runs of white space counted once (column layouts pad with spaces).</summary>
    private static int Length(string line)
    {
        var length = 0;
        var space = true;
        foreach (var c in line.Trim())
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !space)
            {
                length++;
            }

            space = isSpace;
        }

        return length;
    }
}
