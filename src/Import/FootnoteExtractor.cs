using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Finds footnote definitions (<c>[1] text</c>) after the body, including several run
/// together on one line, and turns body markers <c>[1]</c> into Markdown footnote references.
/// Bracketed words that are not numbers (<c>[Persian]</c>) are left alone.
/// </summary>
public static partial class FootnoteExtractor
{
    /// <summary>
    /// Removes the last run of definition blocks (and a "Notes" label just before it) from
    /// <paramref name="blocks"/> and returns the definitions by number.
    /// </summary>
    public static SortedDictionary<int, FootnoteDefinition> TakeDefinitions(List<TextBlock> blocks)
    {
        var definitions = new SortedDictionary<int, FootnoteDefinition>();
        var last = blocks.FindLastIndex(IsDefinitionBlock);
        if (last < 0)
        {
            return definitions;
        }

        var first = last;
        while (first > 0 && IsDefinitionBlock(blocks[first - 1]))
        {
            first--;
        }

        foreach (var block in blocks.Skip(first).Take(last - first + 1))
        {
            var current = new List<(string Line, int Number)>();
            for (var i = 0; i < block.Lines.Count; i++)
            {
                // A line that does not start with a marker continues the definition before it.
                if (DefinitionStart().IsMatch(block.Lines[i]) || current.Count == 0)
                {
                    current.Add((block.Lines[i].Trim(), block.StartLine + i));
                }
                else
                {
                    current[^1] = (current[^1].Line + " " + block.Lines[i].Trim(), current[^1].Number);
                }
            }

            foreach (var (line, lineNumber) in current)
            {
                foreach (var (number, text) in SplitLine(line))
                {
                    definitions[number] = new FootnoteDefinition(text, lineNumber);
                }
            }
        }

        blocks.RemoveRange(first, last - first + 1);
        if (first > 0 && NotesLabel().IsMatch(blocks[first - 1].Text))
        {
            blocks.RemoveAt(first - 1);
        }

        return definitions;
    }

    /// <summary>Splits a line like <c>[13] See A. [Persian] [14] See B.</c> at each numbered marker.</summary>
    public static IEnumerable<(int Number, string Text)> SplitLine(string line)
    {
        var matches = Marker().Matches(line);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : line.Length;
            yield return (BodyNodeReader.ParseNumber(matches[i].Groups[1].Value), line[start..end].Trim());
        }
    }

    /// <summary>Replaces <c> [n]</c> markers in body text with <c>[^n]</c>, recording which numbers were used.</summary>
    public static string LinkMarkers(string text, ISet<int> used) => LinkMarkers(text, used, defined: null);

    /// <summary>
    /// As <see cref="LinkMarkers(string, ISet{int})"/>, but a marker with no definition in
    /// <paramref name="defined"/> stays as written (it is still recorded, so it can be reported).
    /// </summary>
    public static string LinkMarkers(string text, ISet<int> used, IReadOnlySet<int>? defined) =>
        BodyMarker().Replace(text, m =>
        {
            var number = BodyNodeReader.ParseNumber(m.Groups[1].Value);
            used.Add(number);
            return defined is null || defined.Contains(number) ? $"[^{number}]" : m.Value;
        });

    private static bool IsDefinitionBlock(TextBlock block) => DefinitionStart().IsMatch(block.Lines[0]);

    [GeneratedRegex(@"^\s*\[\d{1,3}\]\s")]
    private static partial Regex DefinitionStart();

    [GeneratedRegex(@"\[(\d{1,3})\]\s*")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s?\[(\d{1,3})\]")]
    private static partial Regex BodyMarker();

    [GeneratedRegex(@"^(Notes|Endnotes|Footnotes|References|الهوامش|الهوامش والمصادر|المصادر|الإحالات)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotesLabel();
}
