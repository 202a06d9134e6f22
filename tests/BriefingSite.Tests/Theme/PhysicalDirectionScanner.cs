using System.Text.RegularExpressions;

namespace BriefingSite.Tests.Theme;

/// <summary>
/// Finds CSS declarations tied to the physical left and right, which do not mirror in RTL:
/// <c>margin-left</c>, <c>left: 0</c>, <c>text-align: right</c>, <c>float: left</c>, and four-value
/// <c>margin</c>/<c>padding</c>/<c>inset</c> shorthands whose right and left differ.
/// </summary>
public static partial class PhysicalDirectionScanner
{
    private static readonly string[] FourSideShorthands = ["margin", "padding", "inset", "border-width", "border-style", "border-color", "scroll-margin", "scroll-padding"];

    /// <returns>One line per physical declaration: "line N: property: value".</returns>
    public static IReadOnlyList<string> Scan(string css)
    {
        var problems = new List<string>();
        var text = Comment().Replace(css, m => new string('\n', m.Value.Count(c => c == '\n')));
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] is '{' or '}' or ';';
            if (!end)
            {
                continue;
            }

            var segment = text[start..i];
            var isSelector = i < text.Length && text[i] == '{';
            if (!isSelector && Declaration().Match(segment) is { Success: true } match && IsPhysical(match.Groups[1].Value.ToLowerInvariant(), match.Groups[2].Value.Trim().ToLowerInvariant()))
            {
                var line = text[..(start + match.Index)].Count(c => c == '\n') + 1;
                problems.Add($"line {line}: {match.Groups[1].Value}: {match.Groups[2].Value.Trim()}");
            }

            start = i + 1;
        }

        return problems;
    }

    private static bool IsPhysical(string property, string value)
    {
        if (property.StartsWith("--", StringComparison.Ordinal))
        {
            return LeftOrRight().IsMatch(value);
        }

        if (LeftOrRight().IsMatch(property) || LeftOrRight().IsMatch(Strings().Replace(value, "")))
        {
            return true;
        }

        if (FourSideShorthands.Contains(property))
        {
            var parts = value.Replace("!important", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 4 && parts[1] != parts[3];
        }

        return false;
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\s*(-?-?[a-zA-Z][a-zA-Z0-9-]*)\s*:(.*)$", RegexOptions.Singleline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"(?<![a-z])(left|right)(?![a-z])")]
    private static partial Regex LeftOrRight();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex Strings();
}
