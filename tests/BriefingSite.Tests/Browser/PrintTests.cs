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

    [Theory]
    [InlineData(SitePages.ArabicBriefing)]
    [InlineData(SitePages.EnglishBriefing)]
    public async Task A_printed_briefing_gives_its_address_and_the_publishers_and_one_rule_above_the_text(string path)
    {
        var page = await chromium.NewPageAsync(1280);
        await page.GotoAsync(chromium.FileUrl(path));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("block", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.print-address')).display"));
        Assert.Contains("https://", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.briefing__facts a[href^=\"http\"]'), '::after').content"), StringComparison.Ordinal);
        Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.no-translation')).display"));
        var first = await page.EvaluateAsync<string?>("(() => { const h = document.querySelector('.prose > h2:first-child'); return h ? getComputedStyle(h).borderBlockStartStyle : null; })()");
        Assert.True(first is null or "none", $"{path}: the first heading draws a second rule under the header's");
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
