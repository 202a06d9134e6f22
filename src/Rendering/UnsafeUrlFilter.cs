using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Rendering;

/// <summary>
/// Neutralises link and image URLs whose scheme could run code (<c>javascript:</c>, <c>vbscript:</c>,
/// <c>data:</c> outside images) in the syntax tree, before HTML is written. Relative URLs,
/// fragments, http(s), mailto and tel pass; images may also use <c>data:image/</c>.
/// </summary>
public static class UnsafeUrlFilter
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !IsSafe(url, link.IsImage))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url, image: false))
            {
                autolink.Url = "#";
            }
        }
    }

    public static bool IsSafe(string url, bool image)
    {
        // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
        var compact = string.Concat(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)));
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstSeparator = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstSeparator >= 0 && firstSeparator < colon))
        {
            return true;
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return SafeSchemes.Contains(scheme)
            || (image && scheme == "data" && compact.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) && !compact.StartsWith("data:image/svg", StringComparison.OrdinalIgnoreCase));
    }
}
