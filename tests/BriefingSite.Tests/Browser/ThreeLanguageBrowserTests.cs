using BriefingSite.Tests.Support;
using Deque.AxeCore.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>The Arabic-English-Persian site from disk: every page reached by links alone, and axe finds nothing on the Persian pages.</summary>
[Collection(SharedChromium.Name)]
public sealed class ThreeLanguageBrowserTests(ChromiumFixture chromium, ThreeLanguageSite site) : IClassFixture<ThreeLanguageSite>
{
    [Fact]
    public async Task From_disk_every_page_is_reachable_by_links_with_no_dead_end()
    {
        var walker = new OfflineWalker(chromium.Browser, new Uri(site.Output + Path.DirectorySeparatorChar).AbsoluteUri);

        await walker.WalkAsync("index.html");

        Assert.Empty(walker.DeadEnds);
        Assert.Empty(walker.OutsideRequests);
        Assert.Equal(
            new SortedSet<string>(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
                .Where(p => p != "404.html"), StringComparer.Ordinal),
            walker.Visited);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("fa/index.html")]
    [InlineData(ThreeLanguageSite.Persian)]
    [InlineData(ThreeLanguageSite.PersianOnly)]
    [InlineData("fa/side-by-side/water-and-the-tigris.html")]
    [InlineData("fa/topics/index.html")]
    [InlineData("fa/search.html")]
    public async Task Axe_finds_no_violation_on_the_persian_pages(string path)
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Output, path)).AbsoluteUri);

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, path + ":\n" + string.Join("\n", result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {v.Help} at {n.Target}"))));
        await page.Context.CloseAsync();
    }
}
