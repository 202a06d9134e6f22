using BriefingSite.Pipeline;
using BriefingSite.Publishing.Pdf;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing.Pdf;

/// <summary>
/// Given the repository's site built with its PDFs, a build over unchanged pages copies every PDF
/// from the previous output without starting the browser, and an edit to one briefing reprints
/// only that briefing's PDF. (The up-to-date check is left out, so each build renders every page.)
/// </summary>
public sealed class PdfCacheTests : IDisposable
{
    private const string English = "en/briefings/the-new-landscape-of-iranian-politics.pdf";
    private const string Arabic = "ar/briefings/party-politics-in-iraq-where-to.pdf";

    private readonly TempSite _site = TempSite.CopyOfRepository();
    private int _browserStarts;

    [Fact]
    public void Unchanged_pages_start_no_browser_and_an_edited_briefing_reprints_alone()
    {
        var first = Build();
        Assert.Equal(1, _browserStarts);
        Assert.Equal((2, 0), (first.Artifacts!.Made, first.Artifacts.Reused));
        var arabicBytes = File.ReadAllBytes(Path.Combine(_site.Output, Arabic));
        var englishBytes = File.ReadAllBytes(Path.Combine(_site.Output, English));

        var second = Build();
        Assert.Equal(1, _browserStarts);
        Assert.Equal((0, 2), (second.Artifacts!.Made, second.Artifacts.Reused));
        Assert.Contains("PDFs: 0 printed, 2 unchanged", second.Notes.Single(n => n.StartsWith("PDFs:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(englishBytes, File.ReadAllBytes(Path.Combine(_site.Output, English)));

        var source = Path.Combine(_site.Root, "input/en/briefings/the-new-landscape-of-iranian-politics.md");
        File.WriteAllText(source, File.ReadAllText(source).Replace("## Sitting In", "A sentence added by an edit.\n\n## Sitting In", StringComparison.Ordinal));
        var third = Build();
        Assert.Equal(2, _browserStarts);
        Assert.Equal((1, 1), (third.Artifacts!.Made, third.Artifacts.Reused));
        Assert.Equal(arabicBytes, File.ReadAllBytes(Path.Combine(_site.Output, Arabic)));
        Assert.NotEqual(englishBytes, File.ReadAllBytes(Path.Combine(_site.Output, English)));
    }

    [Fact]
    public void A_title_edit_reprints_only_its_own_pdf_though_the_pages_that_list_it_change_on_screen()
    {
        const string Second = "en/briefings/a-second-look-at-the-majles.pdf";
        var secondSource = _site.Write("input/en/briefings/a-second-look-at-the-majles.md", """
            ---
            title: A Second Look at the Majles
            lang: en
            kind: briefing
            slug: a-second-look-at-the-majles
            year: 2005
            topics:
            - iran
            - elections
            ---

            A short briefing on the same elections, so that each English page lists the other.

            ## After the Vote

            The new parliament met in May.
            """);
        Build();
        var englishPage = File.ReadAllText(Path.Combine(_site.Output, "en/briefings/the-new-landscape-of-iranian-politics.html"));
        Assert.Contains("A Second Look at the Majles", englishPage, StringComparison.Ordinal);
        var englishBytes = File.ReadAllBytes(Path.Combine(_site.Output, English));
        var secondBytes = File.ReadAllBytes(Path.Combine(_site.Output, Second));

        File.WriteAllText(secondSource, File.ReadAllText(secondSource).Replace("title: A Second Look at the Majles", "title: The Majles Reconvenes", StringComparison.Ordinal));
        var edited = Build();

        var englishPageNow = File.ReadAllText(Path.Combine(_site.Output, "en/briefings/the-new-landscape-of-iranian-politics.html"));
        Assert.Contains("The Majles Reconvenes", englishPageNow, StringComparison.Ordinal); // its related and next links changed...
        Assert.Equal((1, 2), (edited.Artifacts!.Made, edited.Artifacts.Reused)); // ...but they do not print
        Assert.Equal(englishBytes, File.ReadAllBytes(Path.Combine(_site.Output, English)));
        Assert.NotEqual(secondBytes, File.ReadAllBytes(Path.Combine(_site.Output, Second)));
    }

    private BuildContext Build()
    {
        var steps = SiteBuilder.DefaultSteps
            .Where(s => s is not UpToDateStep and not CardsStep) // the cards share the cache's counts
            .Select(s => s is PdfStep ? new PdfStep(plan => { _browserStarts++; return ChromiumPdfPrinter.StartAsync(plan); }) : s)
            .ToList();
        var context = new BuildContext(new BuildOptions(_site.Paths, Import: false, Pdfs: true), SilentProgress.Instance);
        var result = SiteBuilder.Build(context, steps);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return context;
    }

    public void Dispose() => _site.Dispose();
}
