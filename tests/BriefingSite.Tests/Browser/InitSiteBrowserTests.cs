using BriefingSite.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// A site just made by <c>briefing init</c> and built: opened from disk (file://), a reader reaches
/// every page through links alone with no dead end and no outside request, and axe-core finds no
/// violation on any page, in each language, including one whose strings are English placeholders.
/// </summary>
public sealed class InitSiteBrowserTests
{
    [Theory]
    [InlineData("ar,en")]
    [InlineData("fa,en,ku")]
    public async Task A_new_site_walks_offline_without_dead_ends_and_axe_finds_nothing(string languages)
    {
        using var site = TempSite.Empty();
        var folder = Path.Combine(site.Root, "new-site");
        var (initCode, _, initErrors) = CliRunner.Run("init", folder, "--languages", languages);
        Assert.True(initCode == 0, initErrors);
        var (buildCode, output, errors) = CliRunner.Run("build", "--root", folder, "--strict");
        Assert.True(buildCode == 0, output + errors);
        var built = Path.Combine(folder, "output");
        var pages = new SortedSet<string>(
            Directory.EnumerateFiles(built, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(built, f).Replace('\\', '/'))
                .Where(p => p != "404.html"),
            StringComparer.Ordinal);
        Assert.All(languages.Split(','), code => Assert.Contains($"{code}/about.html", pages));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumLaunch.LaunchAsync(playwright);
        var walker = new OfflineWalker(browser, new Uri(built + Path.DirectorySeparatorChar).AbsoluteUri);
        await walker.WalkAsync("index.html");

        Assert.Empty(walker.DeadEnds);
        Assert.Empty(walker.OutsideRequests);
        Assert.Equal(pages, walker.Visited);

        var violations = new List<string>();
        foreach (var path in pages.Append("404.html"))
        {
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(Path.Combine(built, path)).AbsoluteUri);
            var result = await page.RunAxe();
            violations.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{path}: {v.Id} ({v.Impact}): {v.Help} at {n.Target}")));
            await context.CloseAsync();
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
