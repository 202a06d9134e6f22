using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Tests.Import.Images;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

/// <summary>
/// Given seeds with images (a saved web page with a figure, a Word file with a captioned picture),
/// import and build publish each image beside its page, and the page's <c>img</c> shows it with
/// the caption as alt text from a relative address; a bad image path fails the build with file and line.
/// </summary>
public sealed class PageImageTests
{
    private static TempSite SiteWithTheme()
    {
        var site = TempSite.Empty();
        TempSite.CopyFolder(Path.Combine(RepoPaths.Root, "theme"), site.Paths.Theme);
        File.Copy(Path.Combine(RepoPaths.Root, SitePaths.ConfigFileName), Path.Combine(site.Root, SitePaths.ConfigFileName));
        Directory.CreateDirectory(site.Paths.Input);
        return site;
    }

    private static IDocument Page(TempSite site, string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    /// <summary>The output file an <c>img</c> on <paramref name="page"/> loads, resolved as a browser resolves it from file://.</summary>
    private static string Target(TempSite site, string page, IElement img) =>
        Path.GetFullPath(Path.Combine(site.Output, Path.GetDirectoryName(page)!, Uri.UnescapeDataString(img.GetAttribute("src")!)));

    [Fact]
    public void Imported_images_are_published_beside_their_pages_with_the_caption_as_alt()
    {
        using var site = SiteWithTheme();
        ImageFixtures.CopySavedPage(site.Paths.Seeds);
        File.WriteAllBytes(Path.Combine(site.Paths.Seeds, "reservoir.docx"), ImageFixtures.WordWithPicture(ImageFixtures.Png, "Figure 1: The reservoir in May", null));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pages = Directory.GetFiles(Path.Combine(site.Output, "en", "briefings"), "*.html").Where(f => Path.GetFileName(f) != "index.html").ToList();
        Assert.Equal(2, pages.Count);
        var alts = new List<string>();
        foreach (var file in pages)
        {
            var path = Path.GetRelativePath(site.Output, file);
            var img = Assert.Single(Page(site, path).QuerySelectorAll("main img"));
            Assert.Equal(ImageFixtures.Png, File.ReadAllBytes(Target(site, path, img)));
            Assert.StartsWith(Path.GetFileNameWithoutExtension(file) + "/figure-1.png", img.GetAttribute("src"), StringComparison.Ordinal);
            Assert.Equal(("lazy", "48", "32"), (img.GetAttribute("loading"), img.GetAttribute("width"), img.GetAttribute("height")));
            alts.Add(img.GetAttribute("alt")!);
        }

        Assert.Equal(["Figure 1: The reservoir in May", ImageFixtures.Caption], alts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_side_by_side_page_links_the_image_from_its_own_folder()
    {
        using var site = SiteWithTheme();
        site.Write("input/en/briefings/dam.md", "---\ntitle: The Dam\nlang: en\ntranslation_key: dam\ndate: 2024-05-01\n---\nThe dam holds the spring floods.\n\n![Map of the valley](dam/map.png)\n");
        site.Write("input/ar/briefings/sadd.md", "---\ntitle: السد\nlang: ar\ntranslation_key: dam\ndate: 2024-05-01\n---\nيحجز السد فيضانات الربيع.\n");
        Directory.CreateDirectory(Path.Combine(site.Paths.Input, "en", "briefings", "dam"));
        File.WriteAllBytes(Path.Combine(site.Paths.Input, "en", "briefings", "dam", "map.png"), ImageFixtures.Png);

        var result = site.Build(import: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var page in new[] { "en/briefings/dam.html", "en/side-by-side/dam.html", "ar/side-by-side/sadd.html" })
        {
            var img = Assert.Single(Page(site, page).QuerySelectorAll("main img"));
            Assert.Equal(Path.Combine(site.Output, "en", "briefings", "dam", "map.png"), Target(site, page, img));
            Assert.True(File.Exists(Target(site, page, img)), page);
        }
    }

    [Theory]
    [InlineData("![Secret](../../../secret.png)", "image '../../../secret.png' leads outside input/")]
    [InlineData("![Encoded](..%2F..%2F..%2Fsecret.png)", "leads outside input/")]
    [InlineData("![Missing](dam/missing.png)", "image 'dam/missing.png' not found: there is no file input/en/briefings/dam/missing.png")]
    [InlineData("![Rooted](/dam/figure.png)", "must be a plain path relative to this file")]
    [InlineData("![Svg](dam/chart.svg)", "is SVG, which is not published")]
    [InlineData("![Named](dam/figure.html)", "holds a PNG image but its name does not end in .png")]
    public void A_bad_image_path_fails_the_build_naming_file_and_line(string markdown, string message)
    {
        using var site = SiteWithTheme();
        File.WriteAllBytes(Path.Combine(site.Root, "secret.png"), ImageFixtures.Png);
        site.Write("input/en/briefings/dam/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        File.WriteAllBytes(Path.Combine(site.Root, "input/en/briefings/dam/figure.html"), ImageFixtures.Png);
        File.WriteAllBytes(Path.Combine(site.Root, "input/en/briefings/dam/figure.png"), ImageFixtures.Png);
        site.Write("input/en/briefings/dam.md", $"---\ntitle: The Dam\nlang: en\n---\nThe dam holds the spring floods.\n\nAs the map shows: {markdown}\n");

        var result = site.Build(import: false);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/en/briefings/dam.md", 7, 19), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Output, "secret.png")));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+")]
    [InlineData("JaVaScRiPt:alert(1)")]
    public void Script_in_an_image_address_is_still_neutralised(string url)
    {
        using var site = SiteWithTheme();
        site.Write("input/en/briefings/dam.md", $"---\ntitle: The Dam\nlang: en\n---\nThe dam holds the spring floods.\n\n![Map]({url})\n\n<img src=\"{url}\" alt=\"raw\">\n");

        var result = site.Build(import: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var images = Page(site, "en/briefings/dam.html").QuerySelectorAll("main img");
        Assert.NotEmpty(images);
        Assert.All(images, img => Assert.True(img.GetAttribute("src") is null or "#", img.OuterHtml));
    }
}
