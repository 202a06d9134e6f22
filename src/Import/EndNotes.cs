using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Lists of notes after a notes heading (<c>Notes</c>, <c>الهوامش</c>, <c>منابع</c>, or a rule of
/// underscores as Arabic books print above each page's notes): the lines after it that read as
/// definitions. Each list belongs to the text between the list before it and its heading. Without
/// any heading, the last run of paragraphs that start with <c>[1]</c> is the list. Several
/// <c>[n]</c> notes run together on one line are split.
/// </summary>
/// <param name="Heading">0-based line of the notes heading, if there is one.</param>
/// <param name="BodyStart">0-based line where the text that holds this list's markers starts.</param>
/// <param name="BodyEnd">0-based line where that text ends.</param>
public sealed record EndNotes(int? Heading, int BodyStart, int BodyEnd, IReadOnlyList<NoteDefinition> Definitions)
{
    public static List<EndNotes> FindAll(PagedText text, IReadOnlyList<Regex> headings, Func<string, bool> isPageNumber)
    {
        var blocks = text.Blocks(0, text.Lines.Count);
        var lists = new List<EndNotes>();
        var bodyStart = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Count != 1 || !IsHeading(text.Lines[blocks[b][0]], headings)
                || Read(text, blocks.Skip(b + 1), stopAtOtherText: true, isPageNumber) is not { } definitions)
            {
                continue;
            }

            lists.Add(new EndNotes(blocks[b][0], bodyStart, blocks[b][0], definitions));
            bodyStart = definitions.Max(d => d.Lines[^1]) + 1;
            while (b + 1 < blocks.Count && blocks[b + 1][0] < bodyStart)
            {
                b++;
            }
        }

        return lists.Count > 0 ? lists : BracketedRun(text, blocks, headings);
    }

    private static List<EndNotes> BracketedRun(PagedText text, List<List<int>> blocks, IReadOnlyList<Regex> headings)
    {
        var last = blocks.FindLastIndex(b => StartsBracketed(text, b));
        if (last < 0)
        {
            return [];
        }

        var first = last;
        while (first > 0 && StartsBracketed(text, blocks[first - 1]))
        {
            first--;
        }

        var run = Read(text, blocks.Skip(first).Take(last - first + 1), stopAtOtherText: false, _ => false);
        var heading = first > 0 && blocks[first - 1].Count == 1 && IsHeading(text.Lines[blocks[first - 1][0]], headings) ? blocks[first - 1][0] : (int?)null;
        return run is null ? [] : [new EndNotes(heading, 0, heading ?? blocks[first][0], run)];
    }

    private static List<NoteDefinition>? Read(PagedText text, IEnumerable<List<int>> blocks, bool stopAtOtherText, Func<string, bool> isPageNumber)
    {
        var lines = new List<int>();
        foreach (var block in blocks)
        {
            var startsNote = NoteDefinitionReader.Start(text.Lines[block[0]], pageFoot: false) is not null;
            var pageNumber = block.Count == 1 && isPageNumber(text.Lines[block[0]]);
            if (stopAtOtherText && (pageNumber || (!startsNote && (lines.Count == 0 || SentenceEnd.Ends(text.Lines[lines[^1]])))))
            {
                break;
            }

            lines.AddRange(block);
        }

        return lines.Count == 0 ? null : NoteDefinitionReader.ReadRun(text, lines, pageFoot: false)?.SelectMany(SplitRunTogether).ToList();
    }

    /// <summary>
    /// <c>[13] See A. [Persian] [14] See B.</c> is two notes on one line, and so is
    /// <c>(١) See A. (٢) See B.</c> (the next number in parentheses, after a space).
    /// </summary>
    private static IEnumerable<NoteDefinition> SplitRunTogether(NoteDefinition definition)
    {
        if (definition.Shape == NoteLabelShape.Bracket)
        {
            return FootnoteExtractor.SplitLine($"[{definition.Label}] {definition.Text}")
                .Select(n => definition with { Label = n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Value = n.Number, Text = n.Text });
        }

        var split = new List<NoteDefinition>();
        var current = definition;
        while (current.Shape == NoteLabelShape.Paren
            && NextInParentheses(current.Value + 1).Match(current.Text) is { Success: true } next)
        {
            split.Add(current with { Text = current.Text[..next.Index].Trim() });
            current = current with { Label = next.Groups["n"].Value, Value = current.Value + 1, Text = current.Text[(next.Index + next.Length)..].Trim() };
        }

        split.Add(current);
        return split;
    }

    private static Regex NextInParentheses(int value)
    {
        var western = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Shift(char zero) => string.Concat(western.Select(c => (char)(zero + (c - '0'))));
        return new Regex($@"(?<=\s)\(\s?(?<n>{western}|{Shift('٠')}|{Shift('۰')})\s?\)\s", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static bool StartsBracketed(PagedText text, List<int> block) =>
        NoteDefinitionReader.Start(text.Lines[block[0]], pageFoot: false) is { Shape: NoteLabelShape.Bracket, Text.Length: > 0 };

    private static bool IsHeading(string line, IReadOnlyList<Regex> headings)
    {
        var trimmed = line.Trim().TrimEnd(':', '：').Trim();
        return trimmed.Length > 0 && headings.Any(h => h.IsMatch(trimmed));
    }
}
