using System.Text.RegularExpressions;

namespace BriefingSite.Import.Html;

/// <summary>Text as a browser shows it: runs of white space (tabs, line ends, no-break spaces) read as one space.</summary>
public static partial class HtmlText
{
    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>White space runs as one space, not trimmed: inline text keeps the space between its parts.</summary>
    public static string CollapseInline(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Spaces();
}
