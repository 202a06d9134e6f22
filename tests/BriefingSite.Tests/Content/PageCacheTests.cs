using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Content;

/// <summary>serve's page cache: an unchanged file is not read again; an edited, broken or deleted one is.</summary>
public sealed class PageCacheTests
{
    private const string About = "input/en/about.md";

    [Fact]
    public void An_unchanged_file_gives_the_same_page_and_an_edited_one_a_new_page()
    {
        using var site = TempSite.CopyOfRepository();
        var cache = new PageCache();
        var first = Load(site, cache);

        var second = Load(site, cache);
        site.Write(About, site.Read(About).Replace("title: About this site", "title: About us", StringComparison.Ordinal));
        var third = Load(site, cache);

        Assert.All(first.Pages, p => Assert.Same(p, second.Pages.Single(q => q.SourcePath == p.SourcePath)));
        Assert.Equal("About us", third.Pages.Single(p => p.SourcePath == About).Meta.Title);
        Assert.Same(first.Pages.Single(p => p.SourcePath == "input/ar/about.md"), third.Pages.Single(p => p.SourcePath == "input/ar/about.md"));
    }

    [Fact]
    public void A_cached_file_with_an_error_reports_it_again_and_a_deleted_file_is_forgotten()
    {
        using var site = TempSite.CopyOfRepository();
        var cache = new PageCache();
        site.Write("input/en/bad.md", "---\ntitle: T\nlang: fr\n---\nx");
        var first = new DiagnosticBag();
        SiteLoader.Load(site.Paths, SiteConfigLoader.Load(site.Paths), first, cache);
        var second = new DiagnosticBag();
        SiteLoader.Load(site.Paths, SiteConfigLoader.Load(site.Paths), second, cache);

        File.Delete(Path.Combine(site.Root, "input/en/bad.md"));
        var third = new DiagnosticBag();
        SiteLoader.Load(site.Paths, SiteConfigLoader.Load(site.Paths), third, cache);

        Assert.Contains(first.Sorted(), d => d.File == "input/en/bad.md" && d.Line == 3);
        Assert.Equal(first.Sorted(), second.Sorted());
        Assert.False(third.HasErrors);
    }

    private static BriefingSite.Content.Site Load(TempSite site, PageCache cache)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = SiteLoader.Load(site.Paths, SiteConfigLoader.Load(site.Paths), diagnostics, cache);
        Assert.False(diagnostics.HasErrors);
        return loaded;
    }
}
