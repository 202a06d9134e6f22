using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Benchmarks;

/// <summary>The repository's own site (real seeds and input), loaded once for the benchmarks.</summary>
public sealed class RepositorySite
{
    private RepositorySite(SitePaths paths, SiteConfig config, Site site)
    {
        Paths = paths;
        Config = config;
        Site = site;
        Routes = new RouteTable(site);
        Renderer = new SiteRenderer(Routes, Theme.Load(paths), UiStrings.Load(paths, config), new MarkdownRenderer());
    }

    public SitePaths Paths { get; }

    public SiteConfig Config { get; }

    public Site Site { get; }

    public RouteTable Routes { get; }

    public SiteRenderer Renderer { get; }

    /// <summary>The English seed's briefing: the longest page of the site.</summary>
    public Route EnglishBriefing => Routes.All.First(r => r.Kind == RouteKind.Briefing && r.Language.Code == "en");

    public static RepositorySite Load()
    {
        var paths = SitePaths.ForRoot(FindRepository());
        var config = SiteConfigLoader.Load(paths);
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(paths, config, diagnostics);
        return diagnostics.HasErrors
            ? throw new InvalidOperationException("the repository's input has errors; run 'dotnet run -- build' first")
            : new RepositorySite(paths, config, site);
    }

    private static string FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "BriefingSite.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
