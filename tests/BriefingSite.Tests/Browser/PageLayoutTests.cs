using BriefingSite.Tests.Support;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Given every page type in both languages opened from disk, on a 360 px phone and a 1280 px desktop,
/// then the browser lays it out in the language's direction, without sideways scrolling, with the
/// navigation starting at the inline start, and the language switcher leads somewhere useful.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class PageLayoutTests(ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(SitePages.EachAtPhoneAndDesktop), MemberType = typeof(SitePages))]
    public async Task Each_page_is_laid_out_in_its_direction_without_horizontal_overflow(string path, int width)
    {
        var page = await Open(path, width);
        var expected = SitePages.LanguageOf(path) == "ar" ? "rtl" : "ltr";

        Assert.Equal(expected, await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Equal(expected, await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).direction"));
        var sizes = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (sizes[0], sizes[1]);
        Assert.True(scroll <= client, $"{path} at {width}px scrolls sideways: scrollWidth {scroll} > clientWidth {client}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SitePages.EachAtPhoneAndDesktop), MemberType = typeof(SitePages))]
    public async Task The_first_navigation_item_sits_at_the_inline_start(string path, int width)
    {
        var page = await Open(path, width);
        if (path == "index.html")
        {
            // The bilingual root page has no navigation of one language: its two sections lead on.
            Assert.Equal(0, await page.Locator(".site-nav").CountAsync());
            await page.Context.CloseAsync();
            return;
        }

        var rects = await page.EvaluateAsync<double[][]>(
            "[...document.querySelectorAll('.site-nav a')].map(a => { const r = a.getBoundingClientRect(); return [r.left, r.right, r.top]; })");
        var list = await page.EvaluateAsync<double[]>(
            "(() => { const r = document.querySelector('.site-nav ul').getBoundingClientRect(); return [r.left, r.right]; })()");
        Assert.True(rects.Length >= 2, $"{path}: fewer than two navigation items");

        var first = rects[0];
        var sameRow = rects.Skip(1).Where(r => Math.Abs(r[2] - first[2]) < 1).ToList();
        if (SitePages.LanguageOf(path) == "ar")
        {
            Assert.True(Math.Abs(first[1] - list[1]) < 1, $"{path} at {width}px: first item's right edge {first[1]} is not the list's right edge {list[1]}");
            Assert.True(first[1] > width / 2.0, $"{path} at {width}px: first item ends at x={first[1]}, not in the right half");
            Assert.All(sameRow, r => Assert.True(r[0] < first[0], $"{path}: an item at x={r[0]} is right of the first at x={first[0]}"));
        }
        else
        {
            Assert.True(Math.Abs(first[0] - list[0]) < 1, $"{path} at {width}px: first item's left edge {first[0]} is not the list's left edge {list[0]}");
            Assert.True(first[0] < width / 2.0, $"{path} at {width}px: first item starts at x={first[0]}, not in the left half");
            Assert.All(sameRow, r => Assert.True(r[0] > first[0], $"{path}: an item at x={r[0]} is left of the first at x={first[0]}"));
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SitePages.EachAtPhoneAndDesktop), MemberType = typeof(SitePages))]
    public async Task The_language_switcher_leads_to_the_same_page_or_says_there_is_none(string path, int width)
    {
        var page = await Open(path, width);
        var other = SitePages.LanguageOf(path) == "ar" ? "en" : "ar";
        var exact = await page.EvaluateAsync<bool>("document.querySelector('.language-switch a').hasAttribute('hreflang')");
        var target = await page.EvaluateAsync<string>("document.querySelector('.language-switch a').href");

        // Wait for the address the link names, not for Playwright's guess of a navigation.
        var arrived = page.WaitForURLAsync(target, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator(".language-switch a").First.ClickAsync();
        await arrived;

        if (exact)
        {
            // A twin exists: the same page in the other language, laid out in that language.
            Assert.Equal(other, await page.EvaluateAsync<string>("document.documentElement.lang"));
            Assert.Equal(Twin(path, other), RelativeToSite(page.Url));
        }
        else if (path.Contains("/briefings/", StringComparison.Ordinal) && !path.EndsWith("index.html", StringComparison.Ordinal))
        {
            // No translation: the reader lands on a note written in the other language, on this page.
            Assert.EndsWith("#no-translation-" + other, page.Url, StringComparison.Ordinal);
            var note = page.Locator("#no-translation-" + other);
            Assert.True(await note.IsVisibleAsync());
            Assert.Equal(other, await note.GetAttributeAsync("lang"));
            Assert.True(await note.Locator($"a[href*='{other}/']").CountAsync() > 0, "the note offers no page in the other language");
        }
        else
        {
            // Pages with no twin (root, 404) lead to the other language's home.
            Assert.Equal(other, await page.EvaluateAsync<string>("document.documentElement.lang"));
            Assert.Equal($"{other}/index.html", RelativeToSite(page.Url));
        }

        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(SitePages.ArabicBriefing)]
    [InlineData(SitePages.EnglishBriefing)]
    public async Task At_1280_px_lines_of_text_hold_about_65_to_75_characters(string path)
    {
        var page = await Open(path, 1280);
        // The longest paragraph's characters over its lines (its last line, partly filled, pulls the figure down a little).
        var perLine = await page.EvaluateAsync<double>(
            "(() => { const p = [...document.querySelectorAll('.prose p')].sort((a, b) => b.textContent.length - a.textContent.length)[0];"
            + " const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)); return p.textContent.length / lines; })()");
        Assert.InRange(perLine, 60, 78);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Note_numbers_are_targets_of_at_least_24_px_and_a_jump_stops_short_of_the_top(int width)
    {
        var page = await Open(SitePages.EnglishBriefing, width);
        var smallest = await page.EvaluateAsync<double[]>(
            "(() => { const r = [...document.querySelectorAll('a.footnote-ref')].map(a => a.getBoundingClientRect()); return [Math.min(...r.map(x => x.width)), Math.min(...r.map(x => x.height))]; })()");
        Assert.True(smallest[0] >= 24 && smallest[1] >= 24, $"smallest note number {smallest[0]} x {smallest[1]} px");

        await page.Locator("a.footnote-ref").First.ClickAsync();
        var top = await page.EvaluateAsync<double>("document.querySelector(':target').getBoundingClientRect().top");
        Assert.True(top >= 16, $"the note lands {top} px from the top edge");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Arabic_text_is_never_letter_spaced_or_case_transformed()
    {
        var page = await Open(SitePages.EnglishBriefing, 1280);
        var styles = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll(':lang(ar)')].map(e => getComputedStyle(e)).map(s => s.letterSpacing + '|' + s.textTransform)");
        Assert.NotEmpty(styles);
        Assert.All(styles, s => Assert.Equal("normal|none", s));
        await page.Context.CloseAsync();
    }

    private async Task<IPage> Open(string path, int width)
    {
        var page = await chromium.NewPageAsync(width);
        await page.GotoAsync(chromium.FileUrl(path));
        return page;
    }

    private static string Twin(string path, string other) => other + path[path.IndexOf('/', StringComparison.Ordinal)..];

    private string RelativeToSite(string url)
    {
        var root = new Uri(chromium.FileUrl("index.html")).AbsolutePath[..^"index.html".Length];
        var absolute = new Uri(url).AbsolutePath;
        return Uri.UnescapeDataString(absolute[root.Length..]);
    }
}
