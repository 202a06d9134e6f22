namespace BriefingSite.Import;

/// <summary>
/// Splits off a heading that pdftotext wrote on the last line of the paragraph above it, without
/// the blank line between ("… surface facilities." / "Potential Production"): a short title-case
/// line after a line that ends a sentence becomes a block of its own. Latin text only, where case
/// tells a title from the wrapped end of a sentence.
/// </summary>
public static class TrailingHeadingSplitter
{
    private const int MaxWords = 8;
    private const int MaxLength = 60;

    public static List<TextBlock> Split(IEnumerable<TextBlock> blocks) => [.. blocks.SelectMany(SplitBlock)];

    private static IEnumerable<TextBlock> SplitBlock(TextBlock block)
    {
        if (block.Lines.Count < 2 || !SentenceEnd.Ends(block.Lines[^2]) || !IsTitle(block.Lines[^1].Trim()))
        {
            return [block];
        }

        return [new TextBlock([.. block.Lines.Take(block.Lines.Count - 1)], block.StartLine), new TextBlock([block.Lines[^1]], block.StartLine + block.Lines.Count - 1)];
    }

    private static bool IsTitle(string line) =>
        line.Length is > 0 and <= MaxLength
        && HeadingDetector.WordCount(line) <= MaxWords
        && TitleCase.IsLatin(line) && TitleCase.Is(line)
        && !SentenceEnd.Ends(line) && !line.EndsWith(',') && line.Any(char.IsLower)
        && !NotAHeading.Applies(line);
}
