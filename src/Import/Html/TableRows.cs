using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// A data table as tab-separated rows, the shape <see cref="TableReader"/> takes as a table: each
/// row's cells (a cell spanning columns fills them all, an empty one is written <c>—</c>, so every
/// row has as many cells). A table of one column, or one holding tables, lays out a page rather
/// than data: null.
/// </summary>
public static class TableRows
{
    private const string Empty = "—";

    public static List<string>? Read(IElement table, Func<IElement, string> textOf)
    {
        if (table.QuerySelector("table") is not null)
        {
            return null;
        }

        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).Select(row => Cells(row, textOf)).Where(r => r.Count > 0).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (columns < 2 || rows.Count < 2)
        {
            return null;
        }

        return [.. rows.Select(r => string.Join('\t', r.Concat(Enumerable.Repeat(Empty, columns - r.Count))))];
    }

    private static List<string> Cells(IElement row, Func<IElement, string> textOf)
    {
        var cells = new List<string>();
        foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
        {
            var text = HtmlText.Collapse(textOf(cell).Replace('\n', ' ').Replace('\t', ' '));
            var span = int.TryParse(cell.GetAttribute("colspan"), out var colspan) ? Math.Clamp(colspan, 1, 50) : 1;
            cells.Add(text.Length > 0 ? text : Empty);
            cells.AddRange(Enumerable.Repeat(Empty, span - 1));
        }

        return cells.All(c => c == Empty) ? [] : cells;
    }
}
