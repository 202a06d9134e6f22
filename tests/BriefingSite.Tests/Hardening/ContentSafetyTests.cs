using AngleSharp.Html.Parser;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>Content is untrusted: links cannot run script and bidi controls cannot reorder text.</summary>
public sealed class ContentSafetyTests
{
    private static readonly MarkdownRenderer Markdown = new();

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    public void Script_urls_in_markdown_links_are_neutralised(string markdown)
    {
        var document = new HtmlParser().ParseDocument(Markdown.Render(markdown).Html);
        var urls = document.QuerySelectorAll("a[href], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.Equal("#", u));
    }

    [Theory]
    [InlineData("[x](https://example.org/a?b#c)", "https://example.org/a?b#c")]
    [InlineData("[x](../other.html#note)", "../other.html#note")]
    [InlineData("[x](mailto:info@bayancenter.org)", "mailto:info@bayancenter.org")]
    [InlineData("![x](data:image/png;base64,iVBORw0KGgo=)", "data:image/png;base64,iVBORw0KGgo=")]
    public void Ordinary_urls_are_kept(string markdown, string expected)
    {
        var document = new HtmlParser().ParseDocument(Markdown.Render(markdown).Html);
        var element = document.QuerySelector("a[href], img[src]")!;
        Assert.Equal(expected, element.GetAttribute("href") ?? element.GetAttribute("src"));
    }

    [Theory]
    [InlineData("## Heading {onclick=\"alert(1)\" style=\"color:red\"}")]
    [InlineData("A [link](https://example.org){onmouseover=\"x()\"} here.")]
    [InlineData("Text {#id .class onfocus=\"x()\"}\n\n- item {onclick=\"y()\"}")]
    public void Markdown_attribute_syntax_cannot_add_attributes(string markdown)
    {
        var document = new HtmlParser().ParseDocument(Markdown.Render(markdown).Html);

        var attributes = document.Body!.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Name).ToList();

        Assert.DoesNotContain(attributes, a => a.StartsWith("on", StringComparison.Ordinal) || a is "style" or "class");
    }

    [Fact]
    public void A_video_link_stays_a_link_and_embeds_nothing()
    {
        var document = new HtmlParser().ParseDocument(Markdown.Render("![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)").Html);

        Assert.Empty(document.QuerySelectorAll("iframe, video, audio, object, embed"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", document.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void Bidi_controls_are_removed_from_titles_and_text_on_every_page()
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("input/en/briefings/trojan.md", "---\ntitle: \"Invoice \u202Efdp.exe\"\nlang: en\nauthors: [\"A\u2067B\u2069\"]\ntopics: [iran]\n---\n\nText \u202Ereversed\u202C here.\n");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == "input/en/briefings/trojan.md" && d.Line == 2 && d.Message.Contains("bidi", StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(text, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
        }

        Assert.Contains("Invoice fdp.exe", site.Read("output/en/briefings/trojan.html"), StringComparison.Ordinal);
    }
}
