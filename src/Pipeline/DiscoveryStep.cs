using BriefingSite.Publishing.Discovery;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>Adds what readers and crawlers find the site by: Atom feeds, sitemap.xml and robots.txt.</summary>
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
        foreach (var file in Files(context.Routes!, context.RequireStrings()))
        {
            output.Add(file);
        }
    }
}
