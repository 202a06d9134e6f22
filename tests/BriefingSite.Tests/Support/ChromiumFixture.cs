using Microsoft.Playwright;

namespace BriefingSite.Tests.Support;

/// <summary>
/// One headless Debian Chromium (never a downloaded browser) and one built copy of the site,
/// shared by a test class: starting the driver and browser takes seconds.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public BuiltSiteFixture Site { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} not found: install Debian's chromium (see .ci/run)");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
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
