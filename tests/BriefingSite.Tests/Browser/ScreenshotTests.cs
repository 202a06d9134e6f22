using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Screenshots of both briefing pages (and homes) at phone and desktop width, for people to look at:
/// the whole page, and the first screen (<c>-top</c>).
/// Written to artifacts/screenshots/ at the repository root; CI uploads the folder as an artifact.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class ScreenshotTests(ChromiumFixture chromium)
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    [Theory]
    [InlineData(SitePages.ArabicBriefing, "ar-briefing", 360)]
    [InlineData(SitePages.ArabicBriefing, "ar-briefing", 1280)]
    [InlineData(SitePages.EnglishBriefing, "en-briefing", 360)]
    [InlineData(SitePages.EnglishBriefing, "en-briefing", 1280)]
    [InlineData("ar/index.html", "ar-home", 360)]
    [InlineData("en/index.html", "en-home", 1280)]
    [InlineData("index.html", "root", 1280)]
    [InlineData(SitePages.ArabicBriefing + "#no-translation-en", "ar-briefing-no-translation", 360)]
    public async Task Writes_a_full_page_screenshot(string path, string name, int width)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{name}-{width}.png");
        var page = await chromium.NewPageAsync(width);
        var parts = path.Split('#');
        await page.GotoAsync(chromium.FileUrl(parts[0]) + (parts.Length > 1 ? "#" + parts[1] : ""));

        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        var top = Path.Combine(Folder, $"{name}-{width}-top.png");
        await page.ScreenshotAsync(new() { Path = top });

        Assert.True(new FileInfo(file).Length > 10_000, file + " is empty or nearly so");
        Assert.True(new FileInfo(top).Length > 10_000, top + " is empty or nearly so");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(SitePages.ArabicBriefing, "ar-briefing-dark")]
    [InlineData(SitePages.EnglishBriefing, "en-briefing-dark")]
    public async Task Writes_a_dark_mode_screenshot_of_the_first_screen(string path, string name)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{name}-360-top.png");
        var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 800 }, ColorScheme = Microsoft.Playwright.ColorScheme.Dark });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl(path));

        await page.ScreenshotAsync(new() { Path = file });

        Assert.Equal("rgb(22, 23, 25)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.True(new FileInfo(file).Length > 10_000, file + " is empty or nearly so");
        await context.CloseAsync();
    }
}
