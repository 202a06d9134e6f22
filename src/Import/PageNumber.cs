using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>Recognises a line that is only a page number: <c>12</c>, <c>- 12 -</c>, <c>Page 12</c>, <c>صفحة ١٢</c>.</summary>
public static partial class PageNumber
{
    public static bool Is(string text) => Shape().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:(?:Page|p\.|صفحة|ص)\s*)?\d{1,4}(?:\s*(?:of|/|من)\s*\d{1,4})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
