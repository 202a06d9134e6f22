using BriefingSite.Content;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Discovery;

/// <summary><c>robots.txt</c>: everything may be crawled; the sitemap is named by absolute URL.</summary>
public static class RobotsWriter
{
    public static OutputFile Write(string baseUrl) =>
        new(SiteUrls.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(baseUrl, SiteUrls.Sitemap)}\n");
}
