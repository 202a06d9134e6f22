using BriefingSite.Cli.Serve;
using BriefingSite.Tests.Support;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>Given a page open in Chromium from <c>briefing serve</c>, when its input file changes, the open page reloads by itself.</summary>
public sealed class LiveReloadTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task An_open_page_shows_the_edit_without_the_reader_reloading()
    {
        using var site = TempSite.CopyOfRepository();
        await using var session = await PreviewSession.StartAsync(new ServeOptions(site.Paths, Port: 0, PathBase: "/briefings", Import: false), TextWriter.Null);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(session.Server.Url + "en/about.html");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("About this site");

        site.Write("input/en/about.md", site.Read("input/en/about.md").Replace("title: About this site", "title: About the briefings", StringComparison.Ordinal));

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("About the briefings", new() { Timeout = 60_000 });
        await page.Context.CloseAsync();
    }
}
