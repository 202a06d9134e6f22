using BriefingSite.Publishing.Discovery;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// Adds what readers and crawlers find the site by: Atom feeds, sitemap.xml and robots.txt. An update
/// made in place keeps the site's shape, so the sitemap and robots.txt stay; the feeds are made again
/// when they carry an edited page.
/// </summary>
public sealed class DiscoveryStep : IBuildStep
{
    public string Name => "discover";

    /// <summary>The feeds, sitemap and robots.txt of a site.</summary>
    public static IEnumerable<OutputFile> Files(RouteTable routes, UiStrings strings) =>
        new AtomFeedWriter(routes, strings).WriteAll()
            .Append(SitemapWriter.Write(routes))
            .Append(RobotsWriter.Write(routes.Site.Config.BaseUrl));

    public void Run(BuildContext context)
    {
        var output = context.RequireOutput();
        var files = context.EditedSources is { } edited ? Feeds(context.Routes!, context.RequireStrings(), edited) : Files(context.Routes!, context.RequireStrings());
        foreach (var file in files)
        {
            output.Add(file);
        }
    }

    private static IEnumerable<OutputFile> Feeds(RouteTable routes, UiStrings strings, IReadOnlySet<string> edited)
    {
        var feeds = new AtomFeedWriter(routes, strings);
        return routes.Site.Pages.Where(p => edited.Contains(p.SourcePath)).Any(feeds.Shows) ? feeds.WriteAll() : [];
    }
}
