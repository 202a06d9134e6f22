using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Browser;

/// <summary>What only a browser can tell: computed direction and navigation, from file://.</summary>
[Collection(SharedChromium.Name)]
public sealed class DirectionTests(ChromiumFixture chromium)
{
    private const string ArabicBriefing = "ar/briefings/party-politics-in-iraq-where-to.html";

    [Fact]
    public async Task An_arabic_page_opened_from_disk_is_laid_out_right_to_left()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl(ArabicBriefing));

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.prose p')).direction"));

        // The first navigation item sits at the inline start: the right edge in Arabic.
        var first = await page.EvaluateAsync<double[]>("(() => { const r = document.querySelectorAll('.site-nav a')[0].getBoundingClientRect(), s = document.querySelectorAll('.site-nav a')[1].getBoundingClientRect(); return [r.left, s.left]; })()");
        Assert.True(first[0] > first[1], $"first nav item at x={first[0]} should be right of the second at x={first[1]}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switcher_navigates_to_the_english_site()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl("ar/about.html"));

        await page.ClickAsync(".language-switch a");

        Assert.EndsWith("/en/about.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("ltr", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Equal("en", await page.EvaluateAsync<string>("document.documentElement.lang"));
        await page.Context.CloseAsync();
    }
}
