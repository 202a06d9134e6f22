using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Reads a block of aligned columns (as <c>pdftotext -layout</c> or a tab-separated export
/// writes a table): at least two rows, each split by tabs or runs of two or more spaces into
/// the same number (two or more) of cells, with every column's cells starting (left-aligned
/// text) or ending (right-aligned numbers) at the same place in each row below the header. Justified prose with a
/// stray double space does not line up that way.
/// </summary>
public static partial class TableReader
{
    private const int Tolerance = 1;

    public static TableNode? Read(TextBlock block)
    {
        if (block.Lines.Count < 2)
        {
            return null;
        }

        var rows = block.Lines.Select(Cells).ToList();
        var columns = rows[0].Count;
        if (columns < 2 || rows.Any(r => r.Count != columns))
        {
            return null;
        }

        // A header is often centred over its column: the body rows alone must line up.
        var tabbed = block.Lines.All(l => l.Trim().Contains('\t', StringComparison.Ordinal));
        var body = rows.Count >= 3 ? rows.Skip(1).ToList() : rows;
        for (var column = 0; column < columns && !tabbed; column++)
        {
            var starts = body.Select(r => r[column].Start).ToList();
            var ends = body.Select(r => r[column].Start + r[column].Text.Length).ToList();
            if (starts.Max() - starts.Min() > Tolerance && ends.Max() - ends.Min() > Tolerance)
            {
                return null;
            }
        }

        return new TableNode([.. rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Text)])], block.StartLine);
    }

    private static List<(string Text, int Start)> Cells(string line)
    {
        var expanded = line.Replace("\t", "    ", StringComparison.Ordinal);
        return [.. Cell().Matches(expanded).Select(m => (m.Value, m.Index))];
    }

    /// <summary>Text whose words are at most one space apart.</summary>
    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex Cell();
}
