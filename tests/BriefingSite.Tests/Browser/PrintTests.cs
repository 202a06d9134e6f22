using BriefingSite.Tests.Support;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>Printed, a briefing loses the site's navigation, keeps its footnotes and writes out external addresses.</summary>
[Collection(SharedChromium.Name)]
public sealed class PrintTests(ChromiumFixture chromium, TranslatedPairSite pair) : IClassFixture<TranslatedPairSite>
{
    [Fact]
    public async Task A_printed_briefing_has_no_navigation_keeps_footnotes_and_shows_external_urls()
    {
        var page = await chromium.NewPageAsync(1280);
        await page.GotoAsync(new Uri(Path.Combine(pair.Output, TranslatedPairSite.English)).AbsoluteUri);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).display"));
        Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-footer')).display"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.footnotes')).display"));
        Assert.Contains("https://www.unwater.org/", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.prose a[href^=\"http\"]'), '::after').content"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_screen_the_external_url_is_not_repeated()
    {
        var page = await chromium.NewPageAsync(1280);
        await page.GotoAsync(new Uri(Path.Combine(pair.Output, TranslatedPairSite.English)).AbsoluteUri);

        Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.prose a[href^=\"http\"]'), '::after').content"));
        await page.Context.CloseAsync();
    }
}
