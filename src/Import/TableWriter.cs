using System.Text;

namespace BriefingSite.Import;

/// <summary>Writes a <see cref="TableNode"/> as a Markdown pipe table, its first row the header; cells are escaped (a <c>|</c> in a cell stays text).</summary>
public static class TableWriter
{
    public static string Write(TableNode table, Func<string, string> inline)
    {
        var markdown = new StringBuilder();
        var columns = table.Rows.Max(r => r.Count);
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var cells = table.Rows[row];
            markdown.Append('|');
            for (var column = 0; column < columns; column++)
            {
                markdown.Append(' ').Append(column < cells.Count ? inline(cells[column]) : "").Append(" |");
            }

            markdown.Append('\n');
            if (row == 0)
            {
                markdown.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
            }
        }

        return markdown.ToString();
    }
}
