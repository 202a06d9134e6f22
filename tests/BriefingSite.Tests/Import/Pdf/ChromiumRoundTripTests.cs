using BriefingSite.Import.Pdf;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>
/// A small Arabic page with English inside it, printed to PDF by Chromium (as a publisher
/// would) and read back: heading, list, numbers, a Latin word, lam-alef words and a raised
/// note marker with its note at the page foot all come back in logical order.
/// </summary>
public sealed class ChromiumRoundTripTests : IAsyncLifetime
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اختبار</title>
        <style>
        body { font-family: "Noto Naskh Arabic", serif; font-size: 14pt; line-height: 1.7; }
        h1 { font-size: 24pt; }
        .notes { position: fixed; bottom: 0; font-size: 10pt; border-top: 1px solid #000; }
        </style></head>
        <body>
        <h1>حلف الناتو والعراق</h1>
        <p>انضم العراق إلى الاتفاق في 12 تموز 2023 بعد مفاوضات طويلة<sup>1</sup>.</p>
        <p>قال الأمين العام لحلف الناتو NATO في بيان إن لا بديل عن الحوار.</p>
        <ul><li>البند الأول: لا تراجع عن الإصلاح</li><li>البند الثاني: الإسلام والسلام</li></ul>
        <div class="notes"><sup>1</sup> وكالة الأنباء العراقية، 2023.</div>
        </body></html>
        """;

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PdfDocumentText _document = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Support.ChromiumFixture.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await _browser.NewPageAsync();
        await page.SetContentAsync(Html);
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        _document = PdfDocumentReader.Read(pdf, "round-trip.pdf");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public void The_heading_is_larger_and_bold()
    {
        var heading = Assert.Single(_document.Lines, l => l.Text == "حلف الناتو والعراق");
        Assert.True(PdfTextRenderer.IsHeading(heading, _document.BodyFontSize));
        Assert.Equal(LineDirection.RightToLeft, heading.Direction);
    }

    [Fact]
    public void Numbers_and_a_latin_word_inside_arabic_keep_their_place()
    {
        Assert.Contains(_document.Lines, l => l.TextWithoutMarkers == "انضم العراق إلى الاتفاق في 12 تموز 2023 بعد مفاوضات طويلة.");
        Assert.Contains(_document.Lines, l => l.Text == "قال الأمين العام لحلف الناتو NATO في بيان إن لا بديل عن الحوار.");
    }

    [Fact]
    public void List_items_and_lam_alef_words_read_right()
    {
        Assert.Contains(_document.Lines, l => l.Text.EndsWith("البند الأول: لا تراجع عن الإصلاح", StringComparison.Ordinal));
        Assert.Contains(_document.Lines, l => l.Text.EndsWith("البند الثاني: الإسلام والسلام", StringComparison.Ordinal));
    }

    [Fact]
    public void The_raised_note_marker_links_to_its_page_foot_note()
    {
        var line = Assert.Single(_document.Lines, l => l.Text.Contains("مفاوضات طويلة", StringComparison.Ordinal));
        Assert.Equal(1, Assert.Single(line.Markers).Number);

        var text = PdfTextRenderer.Render(_document);
        Assert.Contains("بعد مفاوضات طويلة[1].\n", text, StringComparison.Ordinal);
        Assert.Contains("\n[1] وكالة الأنباء العراقية، 2023.\n", text, StringComparison.Ordinal);
    }
}
