using AngleSharp.Html.Parser;
using BriefingSite.Pipeline;
using BriefingSite.Publishing.Pdf;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing.Pdf;

/// <summary>
/// Given the repository's site, a build without PDFs (turned off in site.yml, or no Chromium
/// found) succeeds with a one-line notice and no PDF link; a page the browser fails to print is
/// an error naming the page.
/// </summary>
public sealed class PdfOffTests : IDisposable
{
    private const string EnglishPage = "en/briefings/the-new-landscape-of-iranian-politics.html";

    private readonly TempSite _site = TempSite.CopyOfRepository();

    [Fact]
    public void Turned_off_in_site_yml_the_build_says_so_and_links_no_pdf()
    {
        var config = _site.Read("site.yml");
        Assert.Contains("pdf:\n  enabled: true\n", config, StringComparison.Ordinal);
        _site.Write("site.yml", config.Replace("pdf:\n  enabled: true\n", "pdf:\n  enabled: false\n", StringComparison.Ordinal));

        var (result, notes) = Build(SiteBuilder.DefaultSteps);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("PDFs: off (pdf: enabled: false in site.yml).", Assert.Single(notes, IsAboutPdfs));
        AssertNoPdfs();
    }

    [Fact]
    public void Without_chromium_the_build_says_so_in_one_line_and_links_no_pdf()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_site.Root, "empty-bin")).FullName;
        var steps = SiteBuilder.DefaultSteps.Select(s => s is PdfPlanStep ? new PdfPlanStep(pathVariable: empty) : s).ToList();

        var (result, notes) = Build(steps);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var note = Assert.Single(notes, IsAboutPdfs);
        Assert.StartsWith("PDFs: skipped, no Chromium found", note, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', note);
        AssertNoPdfs();
    }

    [Fact]
    public void A_page_the_browser_cannot_print_fails_the_build_naming_the_page()
    {
        var steps = SiteBuilder.DefaultSteps.Select(s => s is PdfStep ? new PdfStep(_ => Task.FromResult<IPdfPrinter>(new FailingPrinter())) : s).ToList();

        var (result, _) = Build(steps);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("input/en/briefings/the-new-landscape-of-iranian-politics.md: error: cannot print the PDF en/briefings/the-new-landscape-of-iranian-politics.pdf: Navigation failed", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_browser_that_does_not_start_is_an_error_naming_it()
    {
        _site.Write("site.yml", _site.Read("site.yml").Replace("pdf:\n  enabled: true\n", "pdf:\n  enabled: true\n  chromium: /bin/false\n", StringComparison.Ordinal));

        var (result, _) = Build(SiteBuilder.DefaultSteps);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith("/bin/false: error: cannot start /bin/false to print PDFs: ", StringComparison.Ordinal));
    }

    private (BuildResult Result, List<string> Notes) Build(IReadOnlyList<IBuildStep> steps)
    {
        var context = new BuildContext(new BuildOptions(_site.Paths, Import: false, Pdfs: true), SilentProgress.Instance);
        var result = SiteBuilder.Build(context, steps);
        return (result, [.. context.Notes]);
    }

    private void AssertNoPdfs()
    {
        Assert.Empty(Directory.EnumerateFiles(_site.Output, "*.pdf", SearchOption.AllDirectories));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, EnglishPage)));
        Assert.NotEmpty(page.QuerySelectorAll("section.citation a[download]"));
        Assert.Empty(page.QuerySelectorAll("a[href$='.pdf']"));
    }

    public void Dispose() => _site.Dispose();

    /// <summary>A browser whose every print fails, as Chromium does on a page it cannot open.</summary>
    private sealed class FailingPrinter : IPdfPrinter
    {
        public Task<byte[]> PrintAsync(PdfJob job) => Task.FromException<byte[]>(new PdfPrintException("Navigation failed because page crashed!"));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>The PDF step's own line (the cards step reports on a line of its own).</summary>
    private static bool IsAboutPdfs(string note) => note.StartsWith("PDFs:", StringComparison.Ordinal);
}
