using BriefingSite.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// axe-core, run in Chromium on every page type in both languages, finds no violation; in dark colours
/// (prefers-color-scheme: dark) only contrast changes, so only contrast is checked again.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(SitePages.Each), MemberType = typeof(SitePages))]
    public async Task Axe_finds_no_violation_in_light_colours(string path) => await AssertNoViolations(path, ColorScheme.Light, null);

    [Theory]
    [MemberData(nameof(SitePages.Each), MemberType = typeof(SitePages))]
    public async Task Axe_finds_no_contrast_violation_in_dark_colours(string path) =>
        await AssertNoViolations(path, ColorScheme.Dark, new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] } });

    private async Task AssertNoViolations(string path, ColorScheme scheme, AxeRunOptions? options)
    {
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl(path));

        var result = options is null ? await page.RunAxe() : await page.RunAxe(options);

        var problems = result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help}\n    at {n.Target}: {n.Html}"))
            .ToList();
        Assert.True(problems.Count == 0, $"{path} ({scheme}):\n" + string.Join("\n", problems));
        await context.CloseAsync();
    }
}
