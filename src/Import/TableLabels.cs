namespace BriefingSite.Import;

/// <summary>
/// Heading-like lines that are a table's labels (<see cref="HeadingDetector"/>): the rows of a
/// table or glossary flattened to text, and the cells or chart labels under a table's or figure's caption.
/// </summary>
public static class TableLabels
{
    private const int MaxRowWords = 40;
    private const int MaxLabelWords = 4;
    private const int MaxCellWords = 60;
    private const int MinTableRows = 3;
    private const int MaxBlocksToSourceNote = 30;

    /// <summary>
    /// Three or more short labels in a row that each head a single short paragraph (or any
    /// paragraph, under a line already known to be a label) are the rows of a table or a glossary
    /// flattened to text, not sections. Numbered titles and questions (as in questions and
    /// answers) are never labels.
    /// </summary>
    public static void DropRows(List<BodyNode> nodes, List<string?> candidates, bool[] accepted, bool[] labels)
    {
        bool IsRow(int i) =>
            i + 1 < nodes.Count && candidates[i] is { } cell && (labels[i] || IsLabel(cell))
            && nodes[i + 1] is ParagraphNode row && candidates[i + 1] is null && (labels[i] || HeadingDetector.WordCount(row.Text) < MaxRowWords);

        for (var i = 0; i < nodes.Count; i++)
        {
            var end = i;
            while (IsRow(end) && end + 2 < nodes.Count && candidates[end + 2] is not null)
            {
                end += 2;
            }

            // The last row is followed by whatever comes after the table.
            if (end > i && IsRow(end))
            {
                end += 2;
            }

            if ((end - i) / 2 >= MinTableRows)
            {
                for (var row = i; row < end; row += 2)
                {
                    accepted[row] = false;
                }

                i = end - 1;
            }
        }
    }

    /// <summary>
    /// After a table's caption, short labels are its cells until running text (a long
    /// paragraph that no label heads), a source note or a heading that is not a label resumes the document.
    /// </summary>
    public static void DropCells(List<BodyNode> nodes, List<string?> candidates, bool[] accepted)
    {
        var inTable = false;
        var afterLabel = false;
        for (var i = 0; i < nodes.Count; i++)
        {
            var isLabel = false;
            if (nodes[i] is ParagraphNode caption && NotAHeading.IsCaption(caption.Text))
            {
                // A table's or a figure's numbered caption opens it (a chart's labels are cells too);
                // its source note ("Source: GAO."), or another caption, closes it.
                inTable = NotAHeading.IsTableCaption(caption.Text) || NotAHeading.IsNumberedCaption(caption.Text);
            }
            else if (inTable && candidates[i] is { } cell && IsLabel(cell))
            {
                accepted[i] = false;
                isLabel = true;
            }

            // A long paragraph right under a row's label is that row's description cell, not the text after the table.
            else if (accepted[i] || (candidates[i] is null && HeadingDetector.WordCount(nodes[i].Text) > MaxCellWords && !afterLabel && !SourceNoteAhead(nodes, candidates, accepted, i)))
            {
                inTable = false;
            }

            afterLabel = isLabel;
        }
    }

    /// <summary>
    /// A table whose source note stands a few blocks below runs to that note: a long cell inside it
    /// is not the text after it. Another caption or a heading that is not a label comes first when
    /// the table has ended.
    /// </summary>
    private static bool SourceNoteAhead(List<BodyNode> nodes, List<string?> candidates, bool[] accepted, int i)
    {
        for (var j = i + 1; j < Math.Min(nodes.Count, i + MaxBlocksToSourceNote); j++)
        {
            if (NotAHeading.IsCaption(nodes[j].Text))
            {
                return NotAHeading.IsSourceNote(nodes[j].Text);
            }

            if (accepted[j] && candidates[j] is { } heading && !IsLabel(heading))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A table cell's words: one word, or a few not in title case ("Stretch goals"); a few Arabic words.</summary>
    public static bool IsLabel(string text) =>
        HeadingDetector.WordCount(text) <= MaxLabelWords && !SentenceEnd.IsQuestion(text) && HeadingNumbering.Read(text) is null
        && (HeadingDetector.WordCount(text) == 1 || !TitleCase.IsLatin(text) || !TitleCase.Is(text));
}
