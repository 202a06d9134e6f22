using BriefingSite.Tests.Support;
using Deque.AxeCore.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>The side-by-side view in Chromium: Arabic column right, English left, in both languages' pages; no sideways scroll on a phone.</summary>
[Collection(SharedChromium.Name)]
public sealed class SideBySideLayoutTests(ChromiumFixture chromium, TranslatedPairSite pair) : IClassFixture<TranslatedPairSite>
{
    [Theory]
    [InlineData(TranslatedPairSite.ArabicSideBySide)]
    [InlineData(TranslatedPairSite.EnglishSideBySide)]
    public async Task On_a_desktop_the_arabic_column_is_at_the_right_and_sections_start_level(string path)
    {
        var page = await chromium.NewPageAsync(1280);
        await page.GotoAsync(new Uri(Path.Combine(pair.Output, path)).AbsoluteUri);

        var cells = await page.EvaluateAsync<double[][]>(
            "[...document.querySelectorAll('.side-by-side__row:not(.side-by-side__head)')].map(r => [...r.querySelectorAll('.side-by-side__cell')].map(c => { const b = c.getBoundingClientRect(); return [c.lang === 'ar' ? 1 : 0, b.left, b.top]; })).flat()");
        var arabic = cells.Where(c => c[0] == 1).ToList();
        var english = cells.Where(c => c[0] == 0).ToList();
        Assert.Equal(3, arabic.Count);
        Assert.All(arabic.Zip(english), p => Assert.True(p.First[1] > p.Second[1], $"Arabic cell at x={p.First[1]} is not right of English at x={p.Second[1]}"));
        Assert.All(arabic.Zip(english), p => Assert.Equal(p.First[2], p.Second[2], 0.5));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(TranslatedPairSite.ArabicSideBySide)]
    [InlineData(TranslatedPairSite.EnglishSideBySide)]
    public async Task On_a_phone_the_view_does_not_scroll_sideways(string path)
    {
        var page = await chromium.NewPageAsync(360);
        await page.GotoAsync(new Uri(Path.Combine(pair.Output, path)).AbsoluteUri);

        var sizes = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(sizes[0] <= sizes[1], $"{path}: scrollWidth {sizes[0]} > clientWidth {sizes[1]}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(TranslatedPairSite.ArabicSideBySide, "ar-side-by-side")]
    [InlineData(TranslatedPairSite.EnglishSideBySide, "en-side-by-side")]
    [InlineData(TranslatedPairSite.Arabic, "ar-translated-briefing")]
    public async Task Axe_finds_no_violation_and_a_screenshot_is_kept(string path, string name)
    {
        var page = await chromium.NewPageAsync(1280);
        await page.GotoAsync(new Uri(Path.Combine(pair.Output, path)).AbsoluteUri);

        var result = await page.RunAxe();
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, name + "-1280-top.png") });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
        await page.Context.CloseAsync();
    }
}
