using System.Text.RegularExpressions;

namespace BriefingSite.Tests.Theme;

/// <summary>
/// The theme stylesheet read as rules (media condition, selector list, declarations), enough to
/// ask what a selector declares on screen, on phones or in print. Comments are dropped; one level
/// of <c>@media</c> nesting, which is all the theme uses.
/// </summary>
public sealed partial class CssRules
{
    private readonly List<(string Media, string[] Selectors, Dictionary<string, string> Declarations)> _rules = [];

    public CssRules(string css)
    {
        css = Comment().Replace(css, "");
        Read(css, "");
    }

    public static CssRules Theme() => new(File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "theme", "assets", "style.css")));

    /// <summary>The last value of <paramref name="property"/> declared for exactly <paramref name="selector"/> under <paramref name="media"/> ("" for every medium), or null.</summary>
    public string? Value(string selector, string property, string media = "") =>
        _rules.LastOrDefault(r => r.Media == media && r.Selectors.Contains(selector) && r.Declarations.ContainsKey(property)) is { Declarations: { } d }
            ? d[property]
            : null;

    private void Read(string css, string media)
    {
        var i = 0;
        while (i < css.Length)
        {
            var open = css.IndexOf('{', i);
            if (open < 0)
            {
                return;
            }

            var head = css[i..open].Trim();
            var close = Matching(css, open);
            var inside = css[(open + 1)..close];
            if (head.StartsWith("@media", StringComparison.Ordinal))
            {
                Read(inside, head["@media".Length..].Trim());
            }
            else if (!head.StartsWith('@'))
            {
                var declarations = inside.Split(';')
                    .Select(d => d.Split(':', 2))
                    .Where(d => d.Length == 2)
                    .ToDictionary(d => d[0].Trim(), d => d[1].Trim(), StringComparer.Ordinal);
                _rules.Add((media, [.. head.Split(',').Select(s => Space().Replace(s.Trim(), " "))], declarations));
            }

            i = close + 1;
        }
    }

    private static int Matching(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            depth += css[i] == '{' ? 1 : css[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return css.Length - 1;
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
