using BriefingSite.Rendering;

namespace BriefingSite.Tests.Hardening;

/// <summary>Raw HTML in Markdown passes only through the documented allow-list.</summary>
public sealed class RawHtmlSanitizerTests
{
    private static readonly MarkdownRenderer Markdown = new();

    [Theory]
    [InlineData("<script>alert(1)</script>\n\nText", "<p>Text</p>")]
    [InlineData("A <b onclick=\"alert(1)\">bold</b> word", "<p>A <b>bold</b> word</p>")]
    [InlineData("<a href=\"javascript:alert(1)\" title=\"t\">x</a>", "<p><a title=\"t\">x</a></p>")]
    [InlineData("<marquee>moving</marquee> text", "<p>moving text</p>")]
    [InlineData("<bdo dir=\"rtl\">abc</bdo>", "<p>abc</p>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>\n\nok", "<p>ok</p>")]
    [InlineData("H<sub>2</sub>O and <abbr title=\"Middle East Report\">MER</abbr>", "<p>H<sub>2</sub>O and <abbr title=\"Middle East Report\">MER</abbr></p>")]
    [InlineData("<img src=\"data:image/png;base64,iVBO\" alt=\"x\" onerror=\"alert(1)\">", "<img src=\"data:image/png;base64,iVBO\" alt=\"x\">")]
    [InlineData("<span dir=\"rtl\" style=\"color:red\">عربي</span>", "<p><span dir=\"rtl\">عربي</span></p>")]
    public void Keeps_allowed_markup_and_removes_the_rest(string markdown, string expected) =>
        Assert.Equal(expected, Markdown.Render(markdown).Html.Trim());

    [Fact]
    public void Pages_without_raw_html_are_left_exactly_as_markdig_wrote_them()
    {
        var html = Markdown.Render("Text[^1] with *emphasis*.\n\n[^1]: A note.").Html;
        Assert.Contains("class=\"footnote-ref\"", html, StringComparison.Ordinal);
        Assert.Contains("<em>emphasis</em>", html, StringComparison.Ordinal);
    }
}
