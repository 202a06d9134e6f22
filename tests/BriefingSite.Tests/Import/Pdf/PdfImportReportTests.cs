using System.Text.Json;
using BriefingSite.Cli;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>The import report of a PDF seed says which extractor read it and what it left out.</summary>
public sealed class PdfImportReportTests
{
    // pdfimages -list (poppler) shows the GAO report's two figures as images on pages 2 and 22; the testimony has none.
    [Theory]
    [InlineData(PdfFiles.GrantsManagement, "2 figures left out on pages 2, 22")]
    [InlineData(PdfFiles.Testimony, null)]
    public void Text_and_json_reports_name_the_extractor_and_the_figures_left_out(string pdf, string? leftOut)
    {
        var outcome = Import(pdf);

        var text = new StringWriter();
        ImportSummary.Write(outcome, text);
        Assert.Contains($"  read with PdfPig text layer; {leftOut ?? "nothing left out"}\n", text.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var json = new StringWriter();
        ImportJsonReport.Write([outcome], [], json);
        var seed = JsonDocument.Parse(json.ToString()).RootElement.GetProperty("seeds")[0];
        Assert.Equal("PdfPig text layer", seed.GetProperty("extractor").GetString());
        Assert.Equal(leftOut is null ? [] : [leftOut], seed.GetProperty("left_out").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_text_seed_names_no_extractor()
    {
        var parsed = SeedParsing.Parse("A Title\n\nSome text.", new SeedOverrides { Title = "A Title" });
        Assert.Null(parsed.Report.Extractor);
        Assert.Empty(parsed.Report.LeftOut);
    }

    private static ImportOutcome Import(string pdf)
    {
        using var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, SitePaths.ConfigFileName), Path.Combine(site.Root, SitePaths.ConfigFileName));
        Directory.CreateDirectory(Path.Combine(site.Root, "seeds"));
        File.Copy(PdfFiles.Path(pdf + ".pdf"), Path.Combine(site.Root, "seeds", pdf + ".pdf"));
        var diagnostics = new DiagnosticBag();
        var outcome = Assert.Single(new Importer(site.Paths, SiteConfigLoader.Load(site.Paths)).Run(force: false, diagnostics));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return outcome;
    }
}
