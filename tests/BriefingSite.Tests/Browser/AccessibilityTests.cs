using BriefingSite.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>axe-core, run in Chromium on every page type in both languages, in light and dark colours, finds no violation.</summary>
[Collection(SharedChromium.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(SitePages.Each), MemberType = typeof(SitePages))]
    public async Task Axe_finds_no_violation_in_light_colours(string path) => await AssertNoViolations(path, ColorScheme.Light);

    [Theory]
    [MemberData(nameof(SitePages.Each), MemberType = typeof(SitePages))]
    public async Task Axe_finds_no_violation_in_dark_colours(string path) => await AssertNoViolations(path, ColorScheme.Dark);

    private async Task AssertNoViolations(string path, ColorScheme scheme)
    {
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl(path));

        var result = await page.RunAxe();

        var problems = result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help}\n    at {n.Target}: {n.Html}"))
            .ToList();
        Assert.True(problems.Count == 0, $"{path} ({scheme}):\n" + string.Join("\n", problems));
        await context.CloseAsync();
    }
}
