using System.Globalization;
using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// Writes a <c>ul</c> or <c>ol</c> as list lines the text importer reads: <c>- item</c> or
/// <c>3. item</c> (from the list's <c>start</c>, or an item's <c>value</c>), each nested list
/// indented four spaces further under its item.
/// </summary>
public static class ListWriter
{
    private const int Indent = 4;

    /// <param name="inlineOf">An item's own text, without its nested lists.</param>
    public static void Write(IElement list, int level, List<string> lines, Func<IElement, string> inlineOf)
    {
        var ordered = list.LocalName == "ol";
        var number = Number(list.GetAttribute("start")) ?? 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            number = Number(item.GetAttribute("value")) ?? number;
            var text = HtmlText.Collapse(inlineOf(item).Replace('\n', ' '));
            if (text.Length > 0)
            {
                var marker = ordered ? number.ToString(CultureInfo.InvariantCulture) + "." : "-";
                lines.Add(new string(' ', Indent * level) + marker + " " + text);
            }

            number++;
            foreach (var nested in item.QuerySelectorAll("ul, ol").Where(n => n.ParentElement?.Closest("li") == item))
            {
                Write(nested, level + 1, lines, inlineOf);
            }
        }
    }

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 0 and < 1000 ? number : null;
}
