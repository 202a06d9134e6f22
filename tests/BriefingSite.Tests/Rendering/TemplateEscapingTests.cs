using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

/// <summary>Given hostile front-matter and Markdown, the built pages show it as text and run nothing.</summary>
public sealed class TemplateEscapingTests
{
    private const string Hostile = "<script>alert(1)</script>";

    [Fact]
    public void Front_matter_values_and_raw_html_in_markdown_are_escaped_on_every_page()
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("input/en/briefings/hostile.md",
            $"---\ntitle: \"{Hostile}\"\nlang: en\nauthors: [\"<img src=x onerror=alert(1)>\"]\nsummary: \"{Hostile}\"\ntopics: [iran]\n---\n\n{Hostile}\n\n<a href=\"javascript:alert(1)\">x</a>\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        var showingTitle = 0;
        foreach (var path in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(path));
            // The only scripts are the theme's own files (search, the reading page's aids), never inline code.
            Assert.All(document.QuerySelectorAll("script"), script =>
            {
                Assert.Matches(@"^(\.\./)*assets/(search(/index)?|reader)\.js$", script.GetAttribute("src") ?? "");
                Assert.Empty(script.TextContent);
            });
            Assert.Empty(document.QuerySelectorAll("img"));
            Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            showingTitle += document.Body!.TextContent.Contains(Hostile, StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(showingTitle >= 4, $"the hostile title should show as text on the briefing, lists and topic pages; seen on {showingTitle}");
    }
}
