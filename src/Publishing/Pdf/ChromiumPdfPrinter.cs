using Microsoft.Playwright;

namespace BriefingSite.Publishing.Pdf;

/// <summary>
/// Prints pages with one headless Chromium driven by Playwright: the site's print stylesheet,
/// the CSS page size and margins, Chromium's own text shaping (Arabic exactly as the browser
/// draws it), and <see cref="PdfFooter"/> in the bottom margin. Never downloads a browser.
/// </summary>
public sealed class ChromiumPdfPrinter : IPdfPrinter
{
    /// <summary>A page that has not printed by then is reported as failed rather than hanging the build.</summary>
    private const float TimeoutMs = 60_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly string _home;

    private ChromiumPdfPrinter(IPlaywright playwright, IBrowser browser, IBrowserContext context, string home)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        _home = home;
    }

    public static async Task<IPdfPrinter> StartAsync(PdfPlan plan)
    {
        // Chromium's GTK layer writes under $HOME: a temporary one keeps the user's home untouched.
        var home = Directory.CreateTempSubdirectory("briefing-pdf-").FullName;
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = plan.Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
                Env = Environment(home),
                Timeout = TimeoutMs,
            });
            var context = await browser.NewContextAsync(new() { JavaScriptEnabled = true });
            return new ChromiumPdfPrinter(playwright, browser, context, home);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            playwright?.Dispose();
            Directory.Delete(home, recursive: true);
            throw new PdfPrintException($"cannot start {plan.Chromium} to print PDFs: {FirstLine(ex.Message)}", ex);
        }
    }

    public async Task<byte[]> PrintAsync(PdfJob job)
    {
        var page = await _context.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(job.HtmlFile).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = TimeoutMs });
            return await page.PdfAsync(new()
            {
                Format = "A4",
                PreferCSSPageSize = true,
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = PdfFooter.EmptyHeader,
                FooterTemplate = job.Footer,
                Outline = true,
                Tagged = true,
            });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new PdfPrintException(FirstLine(ex.Message), ex);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // A browser process still closing may hold a file; the folder is in temp either way.
        }
    }

    /// <summary>Playwright replaces the browser's whole environment: keep ours, with the temporary home.</summary>
    private static Dictionary<string, string> Environment(string home)
    {
        var variables = System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        variables["HOME"] = home;
        variables["XDG_CONFIG_HOME"] = Path.Combine(home, ".config");
        variables["XDG_CACHE_HOME"] = Path.Combine(home, ".cache");
        return variables;
    }

    /// <summary>Playwright's messages go on with a call log: the first line says what failed.</summary>
    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
