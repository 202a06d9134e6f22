using System.Text;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import;
using BriefingSite.Import.Images;
using BriefingSite.Tests.Import.Corpus;
using BriefingSite.Tests.Import.Docx;
using BriefingSite.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingSite.Tests.Import.Images;

/// <summary>Images of a saved web page and of a Word file become Markdown images beside the briefing, with the caption as alt text.</summary>
public sealed class ImageImportTests
{
    private static SiteConfig Config => ImportCorpus.Config;

    private static SeedText ReadSavedPage() =>
        SeedReader.Read(Path.Combine(ImageFixtures.SavedPage, "dam-report.html"), "seeds/dam-report.html", settings: Config.Import);

    [Fact]
    public void A_saved_pages_figure_is_kept_in_its_place_with_its_caption_as_alt_text()
    {
        var seed = ReadSavedPage();
        var parsed = new SeedParser(Config).Parse(seed, new SeedOverrides());

        var image = Assert.Single(seed.Images);
        Assert.Equal((ImageFormat.Png, ImageFixtures.Caption), (image.Format, image.Alt));
        Assert.Equal(ImageFixtures.Png, image.Bytes);
        var slug = parsed.Meta.Slug;
        var figure = $"![{ImageFixtures.Caption}]({slug}/figure-1.png)";
        var body = parsed.Body;
        Assert.Contains(figure, body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("spillway was built for a river", StringComparison.Ordinal) < body.IndexOf(figure, StringComparison.Ordinal));
        Assert.True(body.IndexOf(figure, StringComparison.Ordinal) < body.IndexOf("Engineers who inspected", StringComparison.Ordinal));
        var placed = Assert.Single(parsed.Images);
        Assert.Equal($"{slug}/figure-1.png", placed.Path);
        Assert.Equal(1, parsed.Report.Images);
    }

    [Fact]
    public void A_remote_image_is_not_fetched_but_reported_with_its_address()
    {
        var seed = ReadSavedPage();

        Assert.Contains($"image left out (remote, not fetched): {ImageFixtures.RemoteChart} \"Inflow to the reservoir, 2015 to 2024\"", seed.LeftOut);
        Assert.DoesNotContain("inflow.png", new SeedParser(Config).Parse(seed, new SeedOverrides()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_path_leading_out_of_the_seeds_folder_is_refused_and_reported()
    {
        using var site = TempSite.Empty();
        File.WriteAllBytes(Path.Combine(site.Root, "secret.png"), ImageFixtures.Png);
        var page = site.Write("seeds/page.html", Page("<img src=\"../secret.png\" alt=\"A secret\"><img src=\"%2e%2e/secret.png\" alt=\"Encoded\"><img src=\"file:///etc/passwd\" alt=\"File\">"));

        var seed = SeedReader.Read(page, "seeds/page.html", settings: Config.Import);

        Assert.Empty(seed.Images);
        Assert.Contains("image left out (its path leads outside the seeds folder): ../secret.png \"A secret\"", seed.LeftOut);
        Assert.Contains("image left out (its path leads outside the seeds folder): %2e%2e/secret.png \"Encoded\"", seed.LeftOut);
        Assert.Contains("image left out (not a path relative to the page): file:///etc/passwd \"File\"", seed.LeftOut);
    }

    [Fact]
    public void The_type_comes_from_the_bytes_and_SVG_is_refused()
    {
        using var site = TempSite.Empty();
        Directory.CreateDirectory(site.Paths.Seeds);
        File.WriteAllBytes(Path.Combine(site.Root, "seeds", "chart.gif"), ImageFixtures.Png);
        File.WriteAllText(Path.Combine(site.Root, "seeds", "evil.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var svgData = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes("<svg onload=\"alert(1)\"/>"));
        var page = site.Write("seeds/page.html", Page($"<img src=\"chart.gif\" alt=\"Chart\"><img src=\"evil.svg\" alt=\"Evil\"><img src=\"{svgData}\" alt=\"Inline\">"));

        var seed = SeedReader.Read(page, "seeds/page.html", settings: Config.Import);

        var kept = Assert.Single(seed.Images);
        Assert.Equal(ImageFormat.Png, kept.Format);
        Assert.Contains("image left out (SVG is not published, as it can carry script; save it as PNG): evil.svg \"Evil\"", seed.LeftOut);
        Assert.Contains("image left out (SVG is not published, as it can carry script; save it as PNG): data: address \"Inline\"", seed.LeftOut);
        Assert.Contains("](page-with-images/figure-1.png)", new SeedParser(Config).Parse(seed, new SeedOverrides { Slug = "page-with-images" }).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_without_caption_or_alt_text_is_kept_with_a_warning_naming_it()
    {
        using var site = TempSite.Empty();
        Directory.CreateDirectory(site.Paths.Seeds);
        File.WriteAllBytes(Path.Combine(site.Root, "seeds", "plain.png"), ImageFixtures.Png);
        var page = site.Write("seeds/page.html", Page("<img src=\"plain.png\">"));

        var parsed = new SeedParser(Config).Parse(SeedReader.Read(page, "seeds/page.html", settings: Config.Import), new SeedOverrides { Slug = "plain" });

        Assert.Contains("![](plain/figure-1.png)", parsed.Body, StringComparison.Ordinal);
        var warning = Assert.Single(parsed.Report.Warnings, w => w.Message.Contains("plain/figure-1.png (plain.png) has no caption or alt text", StringComparison.Ordinal));
        Assert.True(warning.Line > 0);
    }

    [Fact]
    public void Page_text_cannot_forge_an_image_marker()
    {
        using var site = TempSite.Empty();
        Directory.CreateDirectory(site.Paths.Seeds);
        File.WriteAllBytes(Path.Combine(site.Root, "seeds", "one.png"), ImageFixtures.Png);
        var page = site.Write("seeds/page.html", Page($"<img src=\"one.png\" alt=\"One\"><p>Forged {ImageMarker.Make(0)} here, and again &#xE002;0&#xE003; there in the text.</p>"));

        var parsed = new SeedParser(Config).Parse(SeedReader.Read(page, "seeds/page.html", settings: Config.Import), new SeedOverrides { Slug = "forged" });

        Assert.Single(parsed.Images);
        Assert.Equal(1, parsed.Body.Split("](forged/figure-").Length - 1);
    }

    [Fact]
    public void A_Word_picture_is_kept_with_its_caption_paragraph_as_alt_text()
    {
        var bytes = ImageFixtures.WordWithPicture(ImageFixtures.Png, caption: "Figure 1: The reservoir in May", description: "photo");

        var parsed = DocxImport.Parse(bytes);

        var placed = Assert.Single(parsed.Images);
        Assert.Equal(ImageFixtures.Png, placed.Image.Bytes);
        Assert.Matches("^(word/)?media/image[^/]*\\.png$", placed.Image.Origin);
        var figure = $"![Figure 1: The reservoir in May]({parsed.Meta.Slug}/figure-1.png)";
        Assert.Contains(figure, parsed.Body, StringComparison.Ordinal);
        Assert.True(parsed.Body.IndexOf("farms below it feel it first", StringComparison.Ordinal) < parsed.Body.IndexOf(figure, StringComparison.Ordinal));
        Assert.True(parsed.Body.IndexOf(figure, StringComparison.Ordinal) < parsed.Body.IndexOf("## What the gauges show", StringComparison.Ordinal));
        Assert.Empty(parsed.Report.LeftOut);
    }

    [Fact]
    public void Without_a_caption_a_Word_pictures_description_is_its_alt_text()
    {
        var parsed = DocxImport.Parse(ImageFixtures.WordWithPicture(ImageFixtures.Png, caption: null, description: "Water level gauge at the dam"));

        Assert.Contains($"![Water level gauge at the dam]({parsed.Meta.Slug}/figure-1.png)", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Word_picture_that_is_not_an_image_the_site_publishes_is_reported()
    {
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        var parsed = DocxImport.Parse(ImageFixtures.WordWithPicture(svg, caption: "Chart", description: null, imageType: "image/svg+xml"));

        Assert.Empty(parsed.Images);
        Assert.Contains(parsed.Report.LeftOut, l => l.Contains("SVG is not published", StringComparison.Ordinal) && l.Contains("media/", StringComparison.Ordinal));
        Assert.DoesNotContain("![", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_writes_each_image_beside_the_briefing()
    {
        using var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, SitePaths.ConfigFileName), Path.Combine(site.Root, SitePaths.ConfigFileName));
        ImageFixtures.CopySavedPage(site.Paths.Seeds);
        File.WriteAllBytes(Path.Combine(site.Paths.Seeds, "reservoir.docx"), ImageFixtures.WordWithPicture(ImageFixtures.Png, "Figure 1: The reservoir in May", null));
        var diagnostics = new DiagnosticBag();

        var outcomes = new Importer(site.Paths, SiteConfigLoader.Load(site.Paths)).Run(force: false, diagnostics);

        Assert.Equal(0, diagnostics.ErrorCount);
        Assert.Equal(2, outcomes.Count);
        foreach (var outcome in outcomes)
        {
            var folder = Path.Combine(site.Root, Path.ChangeExtension(outcome.OutputFile, null));
            Assert.Equal(ImageFixtures.Png, File.ReadAllBytes(Path.Combine(folder, "figure-1.png")));
        }
    }

    [Fact]
    public void Re_importing_restores_a_missing_image_but_keeps_one_replaced_by_hand()
    {
        using var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, SitePaths.ConfigFileName), Path.Combine(site.Root, SitePaths.ConfigFileName));
        ImageFixtures.CopySavedPage(site.Paths.Seeds);
        var config = SiteConfigLoader.Load(site.Paths);
        var outcome = Assert.Single(new Importer(site.Paths, config).Run(force: false, new DiagnosticBag()));
        var image = Path.Combine(site.Root, Path.ChangeExtension(outcome.OutputFile, null), "figure-1.png");

        File.WriteAllBytes(image, [.. ImageFixtures.Png, 0]);
        new Importer(site.Paths, config).Run(force: false, new DiagnosticBag());
        Assert.Equal([.. ImageFixtures.Png, 0], File.ReadAllBytes(image));

        File.Delete(image);
        new Importer(site.Paths, config).Run(force: false, new DiagnosticBag());
        Assert.Equal(ImageFixtures.Png, File.ReadAllBytes(image));
    }

    [Fact]
    public void A_Word_picture_in_a_table_cell_is_listed_as_left_out()
    {
        var picture = ImageFixtures.WordWithPicture(ImageFixtures.Png, caption: null, description: "Gauge");
        using var stream = new MemoryStream();
        stream.Write(picture);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var drawing = body.Descendants<W.Drawing>().Single().Parent!.Parent!;
            drawing.Remove();
            body.Append(new W.Table(
                new W.TableRow(Cell(new W.Paragraph(new W.Run(new W.Text("Gauge")))), Cell((W.Paragraph)drawing)),
                new W.TableRow(Cell(new W.Paragraph(new W.Run(new W.Text("May")))), Cell(new W.Paragraph(new W.Run(new W.Text("12")))))));
        }

        var parsed = DocxImport.Parse(stream.ToArray());

        Assert.Empty(parsed.Images);
        Assert.Contains(parsed.Report.LeftOut, l => l.StartsWith("image in a table cell near line", StringComparison.Ordinal) && l.EndsWith("\"Gauge\"", StringComparison.Ordinal));
    }

    private static W.TableCell Cell(W.Paragraph paragraph) => new(paragraph);

    private static string Page(string article) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Images</title></head><body><article><h1>Images on a page</h1><p>The opening paragraph of a page that shows a few images below.</p>{article}<p>The closing paragraph of the page, after its images.</p></article></body></html>";
}
