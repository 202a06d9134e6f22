using System.Globalization;
using System.Text;

namespace BriefingSite.Import;

/// <summary>
/// Writes a run of list items as Markdown: bullets as <c>-</c>, numbered items with their own
/// number (so a list that starts at 2 stays at 2), nested items indented under their parent's
/// text. A blank line goes where CommonMark would otherwise read an item as the text before it
/// (a change of list kind, or a nested numbered list that does not start at 1).
/// </summary>
public static class ListBuilder
{
    public static string Render(IReadOnlyList<ListItemNode> items, Func<string, string> inline)
    {
        var markdown = new StringBuilder();
        var indents = new List<int> { 0 };
        var previousAtLevel = new List<ListItemNode?> { null };
        var level = -1;
        foreach (var item in items)
        {
            level = Math.Min(item.Level, level + 1);
            while (indents.Count > level + 1)
            {
                indents.RemoveAt(indents.Count - 1);
                previousAtLevel.RemoveAt(previousAtLevel.Count - 1);
            }

            var before = previousAtLevel[level];
            var startsSublist = before is null && level > 0;
            var kindChanges = before is not null && before.IsOrdered != item.IsOrdered;
            if (markdown.Length > 0 && (kindChanges || (startsSublist && item.Number is not (null or 1))))
            {
                markdown.Append('\n');
            }

            var marker = item.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) + "." : "-";
            markdown.Append(' ', indents[level]).Append(marker).Append(' ').Append(inline(item.Text)).Append('\n');
            previousAtLevel[level] = item;
            indents.Add(indents[level] + marker.Length + 1);
            previousAtLevel.Add(null);
        }

        return markdown.ToString();
    }
}
