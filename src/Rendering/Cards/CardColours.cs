using System.Text.RegularExpressions;
using BriefingSite.Diagnostics;
using SkiaSharp;

namespace BriefingSite.Rendering.Cards;

/// <summary>
/// The card's colours, read from the light scheme's custom properties at the top of the theme's
/// stylesheet (<c>--background</c>, <c>--text</c>, <c>--muted</c>, <c>--accent</c>, <c>--border</c>),
/// so a theme that recolours the site recolours its cards and no colour lives in code.
/// </summary>
public sealed partial record CardColours(SKColor Background, SKColor Text, SKColor Muted, SKColor Accent, SKColor Border)
{
    public static readonly string[] Names = ["background", "text", "muted", "accent", "border"];

    /// <summary>The first declaration of each property in the stylesheet (the light, screen one); an absent or non-hex one is an error naming the file.</summary>
    public static CardColours FromStylesheet(string css, string file)
    {
        var found = new Dictionary<string, SKColor>(StringComparer.Ordinal);
        foreach (Match match in Declaration().Matches(css))
        {
            var name = match.Groups["name"].Value;
            if (Names.Contains(name) && !found.ContainsKey(name) && SKColor.TryParse(match.Groups["value"].Value, out var colour))
            {
                found[name] = colour;
            }
        }

        var missing = Names.Where(n => !found.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new SiteException(file, $"share cards take their colours from the stylesheet: {string.Join(", ", missing.Select(n => "--" + n))} missing (a #rrggbb value is expected)");
        }

        return new CardColours(found["background"], found["text"], found["muted"], found["accent"], found["border"]);
    }

    /// <summary>The colours as text, for cache keys.</summary>
    public override string ToString() => string.Join(',', new[] { Background, Text, Muted, Accent, Border }.Select(c => c.ToString()));

    [GeneratedRegex(@"--(?<name>[a-z-]+)\s*:\s*(?<value>#[0-9a-fA-F]{3,8})\s*;")]
    private static partial Regex Declaration();
}
