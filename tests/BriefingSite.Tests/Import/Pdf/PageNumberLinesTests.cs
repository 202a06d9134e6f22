using BriefingSite.Import.Pdf;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>Page numbers printed in the margins are left out of a PDF's text; words in the margins are not.</summary>
public sealed class PageNumberLinesTests
{
    private const double Height = 842;

    [Fact]
    public void Chromium_page_numbers_in_the_footer_of_an_arabic_print_are_left_out()
    {
        var text = PdfTextRenderer.Render(PdfFiles.Read(PdfFiles.EuroWikipedia));

        Assert.DoesNotContain("1/3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3/3", text, StringComparison.Ordinal);
        Assert.Contains("ar_produced_wikipedia-euro_chromium.source.html", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Page {0}", "GAO-07-283 Peak Oil Production")]
    [InlineData("صفحة {0} من 3", "من ويكيبيديا، الموسوعة الحرة")]
    [InlineData("- {0} -", "Running title")]
    public void A_page_number_repeated_in_the_margin_goes_and_a_running_title_stays(string pageNumber, string runningTitle)
    {
        var pages = Enumerable.Range(1, 3).Select(n => Page(n, [
            Line(n, runningTitle, Height - 30),
            Line(n, $"Body text of page {n} that runs on.", 400, size: 11),
            Line(n, string.Format(System.Globalization.CultureInfo.InvariantCulture, pageNumber, n), 30),
        ])).ToList();

        var text = PdfTextRenderer.Render(new PdfDocumentText("x.pdf", pages, new PdfProperties(null, null, null), 11));

        Assert.DoesNotContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, pageNumber, 2), text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split(runningTitle).Length - 1);
        Assert.Contains("Body text of page 2 that runs on.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_in_the_body_or_on_a_single_page_stays()
    {
        var pages = new List<PdfPage>
        {
            Page(1, [Line(1, "2030", 400), Line(1, "Page 1", 30)]),
            Page(2, [Line(2, "2030", 400)]),
        };

        var text = PdfTextRenderer.Render(new PdfDocumentText("x.pdf", pages, new PdfProperties(null, null, null), 11));

        Assert.Equal(2, text.Split("2030").Length - 1);
        Assert.Contains("Page 1", text, StringComparison.Ordinal);
    }

    private static PdfPage Page(int number, IReadOnlyList<PdfLine> lines) => new(number, 595, Height, LineDirection.LeftToRight, lines);

    private static PdfLine Line(int page, string text, double baseline, double size = 9) =>
        new(text, page, size, false, baseline, baseline + size, 50, 300, LineDirection.LeftToRight, []);
}
