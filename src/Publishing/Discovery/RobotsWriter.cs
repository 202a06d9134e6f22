using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Discovery;

/// <summary><c>robots.txt</c>: everything may be crawled; the sitemap is named by absolute URL.</summary>
public static class RobotsWriter
{
    public const string OutputPath = "robots.txt";

    public static OutputFile Write(string baseUrl) =>
        new(OutputPath, $"User-agent: *\nAllow: /\n\nSitemap: {AbsoluteUrl.For(baseUrl, SitemapWriter.OutputPath)}\n");
}
