using BriefingSite.Publishing.Discovery;

namespace BriefingSite.Pipeline;

/// <summary>Adds what readers and crawlers find the site by: Atom feeds, sitemap.xml and robots.txt.</summary>
public sealed class DiscoveryStep : IBuildStep
{
    public string Name => "discover";

    public void Run(BuildContext context)
    {
        var routes = context.Routes!;
        var strings = context.RequireStrings();
        var output = context.RequireOutput();
        foreach (var file in new AtomFeedWriter(routes, strings).WriteAll().Append(SitemapWriter.Write(routes)).Append(RobotsWriter.Write(context.RequireConfig().BaseUrl)))
        {
            output.Add(file);
        }
    }
}
