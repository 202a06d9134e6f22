using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Finds footnote definitions (<c>[1] text</c>) at the end of a seed, including several run
/// together on one line, and turns body markers <c>[1]</c> into Markdown footnote references.
/// Bracketed words that are not numbers (<c>[Persian]</c>) are left alone.
/// </summary>
public static partial class FootnoteExtractor
{
    /// <summary>Removes trailing definition blocks from <paramref name="blocks"/> and returns the definitions by number.</summary>
    public static SortedDictionary<int, string> TakeDefinitions(List<TextBlock> blocks)
    {
        var definitions = new SortedDictionary<int, string>();
        var firstDefinitionBlock = blocks.FindIndex(b => DefinitionStart().IsMatch(b.Lines[0]) && b.Lines.All(l => DefinitionStart().IsMatch(l)));
        if (firstDefinitionBlock < 0)
        {
            return definitions;
        }

        var definitionBlock = blocks[firstDefinitionBlock];
        foreach (var line in definitionBlock.Lines)
        {
            foreach (var (number, text) in SplitLine(line))
            {
                definitions[number] = text;
            }
        }

        blocks.RemoveAt(firstDefinitionBlock);
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
            yield return (int.Parse(matches[i].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), line[start..end].Trim());
        }
    }

    /// <summary>Replaces <c> [n]</c> markers in body text with <c>[^n]</c>, recording which numbers were used.</summary>
    public static string LinkMarkers(string text, ISet<int> used) =>
        BodyMarker().Replace(text, m =>
        {
            var number = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            used.Add(number);
            return $"[^{number}]";
        });

    [GeneratedRegex(@"^\[\d+\]\s")]
    private static partial Regex DefinitionStart();

    [GeneratedRegex(@"\[(\d+)\]\s*")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s?\[(\d+)\]")]
    private static partial Regex BodyMarker();
}
