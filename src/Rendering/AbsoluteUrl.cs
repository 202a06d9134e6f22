namespace BriefingSite.Rendering;

/// <summary>
/// Absolute URLs for canonical links, feeds, the sitemap and Open Graph, made from the
/// configured base URL. Only metadata uses them; links between pages stay relative.
/// </summary>
public static class AbsoluteUrl
{
    /// <summary><c>https://example.org/briefings/</c> + <c>ar/index.html</c> → <c>https://example.org/briefings/ar/</c>.</summary>
    public static string For(string baseUrl, string outputPath)
    {
        var path = outputPath.EndsWith("index.html", StringComparison.Ordinal) && (outputPath.Length == 10 || outputPath[^11] == '/')
            ? outputPath[..^10]
            : outputPath;
        return WithSlash(baseUrl) + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }

    public static string WithSlash(string baseUrl) => baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
}
