using System.Text.RegularExpressions;

namespace BriefingSite.Import.Html;

/// <summary>Text as a browser shows it: runs of white space (tabs, line ends, no-break spaces) read as one space.</summary>
public static partial class HtmlText
{
    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>White space runs as one space, not trimmed: inline text keeps the space between its parts.</summary>
    public static string CollapseInline(string text) => Spaces().Replace(text, " ");

    /// <summary>True for elements that flow inside a line of text rather than starting a block.</summary>
    public static bool IsInline(string localName) => Inline.Contains(localName);

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "label", "big", "tt", "nobr", "#text",
    };

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Spaces();
}
