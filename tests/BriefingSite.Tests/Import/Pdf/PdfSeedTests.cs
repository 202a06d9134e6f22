using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import;
using BriefingSite.Import.Pdf;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>A <c>.pdf</c> in <c>seeds/</c> is imported like a text seed, through its text layer.</summary>
public sealed class PdfSeedTests
{
    [Fact]
    public void Seed_reader_reads_a_pdf_through_its_text_layer_and_says_so()
    {
        var seed = SeedReader.Read(PdfFiles.Path(PdfFiles.BlinkenAbbas + ".pdf"), "seeds/statement.pdf");

        Assert.Equal(PdfSeedReader.Extractor, seed.Encoding);
        Assert.Contains("\n\nبيان\n\n", seed.Text, StringComparison.Ordinal);
        Assert.Contains("وأدان الوزير الهجمات\n", seed.Text, StringComparison.Ordinal);
        Assert.EndsWith("\f", seed.Text, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(PdfFiles.Path(PdfFiles.BlinkenAbbas + ".pdf")), seed.Bytes);
    }

    [Fact]
    public void Importer_takes_pdf_seeds_from_the_seeds_folder()
    {
        using var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, SitePaths.ConfigFileName), Path.Combine(site.Root, SitePaths.ConfigFileName));
        Directory.CreateDirectory(Path.Combine(site.Root, "seeds"));
        File.Copy(PdfFiles.Path(PdfFiles.BlinkenAbbas + ".pdf"), Path.Combine(site.Root, "seeds", "blinken-abbas.pdf"));
        var diagnostics = new DiagnosticBag();

        var outcomes = new Importer(site.Paths, SiteConfigLoader.Load(site.Paths)).Run(force: false, diagnostics);

        var outcome = Assert.Single(outcomes);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal("ar", outcome.Report.Language);
        var written = Directory.GetFiles(Path.Combine(site.Root, "input", "ar", "briefings"), "*.md").Single();
        Assert.Contains("وأدان الوزير الهجمات", File.ReadAllText(written), StringComparison.Ordinal);
    }
}
