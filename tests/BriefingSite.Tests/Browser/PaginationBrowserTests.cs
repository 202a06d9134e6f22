using BriefingSite.Tests.Support;
using Deque.AxeCore.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Later pages of a listing, opened from disk in Chromium: axe finds no violation, the page
/// navigation fits a phone without sideways scrolling and runs in the page's direction.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class PaginationBrowserTests(ChromiumFixture chromium, PaginatedSite site) : IClassFixture<PaginatedSite>
{
    [Theory]
    [InlineData("en/briefings/page/3.html", 360)]
    [InlineData("en/briefings/page/3.html", 1280)]
    [InlineData("ar/topics/iraq/page/2.html", 360)]
    [InlineData("ar/briefings/index.html", 1280)]
    public async Task A_listing_page_and_its_navigation_pass_axe_and_fit_the_screen(string path, int width)
    {
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.Output, path)).AbsoluteUri);

        var result = await page.RunAxe();
        var problems = result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id}: {v.Help} at {n.Target}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");

        // Page numbers run from the inline start: left to right in English, right to left in Arabic.
        var positions = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.pagination li')].slice(0, 2).map(li => li.getBoundingClientRect().x)");
        Assert.Equal(2, positions.Length);
        Assert.True(path.StartsWith("ar/", StringComparison.Ordinal) ? positions[0] > positions[1] : positions[0] < positions[1]);
        await context.CloseAsync();
    }
}
