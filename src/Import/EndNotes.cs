namespace BriefingSite.Import;

/// <summary>
/// The list of notes at the end of a text: the lines after the last notes heading
/// (<c>Notes</c>, <c>الهوامش</c>, <c>منابع</c>…) that read as definitions, or without a heading the last
/// run of paragraphs that start with <c>[1]</c>. Several <c>[n]</c> notes run together on one line
/// are split.
/// </summary>
/// <param name="Heading">0-based line of the notes heading, if there is one.</param>
/// <param name="BodyEnd">0-based line where the body text (which holds the markers) ends.</param>
public sealed record EndNotes(int? Heading, int BodyEnd, IReadOnlyList<NoteDefinition> Definitions)
{
    public static EndNotes? Find(PagedText text, IReadOnlyList<string> headings)
    {
        var blocks = Blocks(text);
        var headingBlock = blocks.FindLastIndex(b => b.Count == 1 && IsHeading(text.Lines[b[0]], headings));
        if (headingBlock >= 0 && Read(text, blocks.Skip(headingBlock + 1), stopAtOtherText: true) is { } afterHeading)
        {
            return new EndNotes(blocks[headingBlock][0], blocks[headingBlock][0], afterHeading);
        }

        var last = blocks.FindLastIndex(b => StartsBracketed(text, b));
        if (last < 0)
        {
            return null;
        }

        var first = last;
        while (first > 0 && StartsBracketed(text, blocks[first - 1]))
        {
            first--;
        }

        var run = Read(text, blocks.Skip(first).Take(last - first + 1), stopAtOtherText: false);
        var heading = first > 0 && blocks[first - 1].Count == 1 && IsHeading(text.Lines[blocks[first - 1][0]], headings) ? blocks[first - 1][0] : (int?)null;
        return run is null ? null : new EndNotes(heading, heading ?? blocks[first][0], run);
    }

    private static List<NoteDefinition>? Read(PagedText text, IEnumerable<List<int>> blocks, bool stopAtOtherText)
    {
        var lines = new List<int>();
        foreach (var block in blocks)
        {
            var startsNote = NoteDefinitionReader.Start(text.Lines[block[0]], pageFoot: false) is not null;
            if (stopAtOtherText && !startsNote && (lines.Count == 0 || SentenceEnd.Ends(text.Lines[lines[^1]])))
            {
                break;
            }

            lines.AddRange(block);
        }

        return lines.Count == 0 ? null : NoteDefinitionReader.ReadRun(text, lines, pageFoot: false)?.SelectMany(SplitRunTogether).ToList();
    }

    /// <summary><c>[13] See A. [Persian] [14] See B.</c> is two notes on one line.</summary>
    private static IEnumerable<NoteDefinition> SplitRunTogether(NoteDefinition definition) =>
        definition.Shape != NoteLabelShape.Bracket
            ? [definition]
            : FootnoteExtractor.SplitLine($"[{definition.Label}] {definition.Text}")
                .Select(n => definition with { Label = n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Value = n.Number, Text = n.Text });

    private static bool StartsBracketed(PagedText text, List<int> block) =>
        NoteDefinitionReader.Start(text.Lines[block[0]], pageFoot: false) is { Shape: NoteLabelShape.Bracket, Text.Length: > 0 };

    private static bool IsHeading(string line, IReadOnlyList<string> headings)
    {
        var trimmed = line.Trim().TrimEnd(':', '：').Trim();
        return headings.Any(h => string.Equals(h, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Runs of non-blank lines, as 0-based line indexes.</summary>
    private static List<List<int>> Blocks(PagedText text)
    {
        var blocks = new List<List<int>>();
        for (var i = 0; i < text.Lines.Count; i++)
        {
            if (text.IsBlank(i))
            {
                continue;
            }

            if (i == 0 || text.IsBlank(i - 1))
            {
                blocks.Add([]);
            }

            blocks[^1].Add(i);
        }

        return blocks;
    }
}
