using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// A "how to cite" line parsed into its parts:
/// <c>Author "Title," Publication Issue (Season Year).</c>
/// </summary>
public sealed partial record Citation(string Text, string? Author, string? Title, string? Publication, string? Issue, string? Season, int? Year)
{
    public static Citation Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return new Citation(text, null, null, null, null, null, null);
        }

        string? Group(string name) => match.Groups[name].Success && match.Groups[name].Value.Trim().Length > 0 ? match.Groups[name].Value.Trim() : null;
        var year = Group("year") is { } y ? int.Parse(y, CultureInfo.InvariantCulture) : (int?)null;
        var season = Group("season") is { } s ? $"{s} {year}" : null;
        return new Citation(text, Group("author"), Group("title")?.TrimEnd(','), Group("publication"), Group("issue"), season, year);
    }

    [GeneratedRegex("""^(?<author>[^"“]+?)\s*["“](?<title>[^"”]+)["”]\s*(?<publication>[^\d(]+?)?\s*(?<issue>\d+)?\s*\((?:(?<season>Winter|Spring|Summer|Fall|Autumn)\s+)?(?<year>\d{4})\)""")]
    private static partial Regex Shape();
}
