using Microsoft.Playwright;

namespace BriefingSite.Tests.Support;

/// <summary>
/// One headless Debian Chromium (never a downloaded browser) and one built copy of the site,
/// shared by a test class: starting the driver and browser takes seconds.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = ChromiumLaunch.ExecutablePath;

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public BuiltSiteFixture Site { get; } = new();

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await ChromiumLaunch.LaunchAsync(_playwright);
    }

    /// <summary>A fresh page at the given viewport width; the caller disposes its context.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        return await context.NewPageAsync();
    }

    public string FileUrl(string relativePath) => new Uri(Path.Combine(Site.Site.Output, relativePath)).AbsoluteUri;

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Site.Dispose();
    }
}
