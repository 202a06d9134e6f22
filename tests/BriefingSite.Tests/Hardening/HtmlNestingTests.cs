using System.Diagnostics;
using AngleSharp.Html.Parser;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Raw HTML costs time in proportion to its length: nesting past <see cref="NestingGuard.MaxHtmlDepth"/>
/// is an error naming the line, and the sanitiser never does work per sibling or per level.
/// The time bounds are generous; they catch quadratic blow-up (100 s before), not speed.
/// </summary>
public sealed class HtmlNestingTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [Fact]
    public void Raw_html_nested_past_the_limit_is_an_error_at_its_line()
    {
        var body = "Intro\n\n" + string.Concat(Enumerable.Repeat("<div>\n", 100_000));
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<SiteException>(() => NestingGuard.Check(body, "input/en/deep.md", 5));

        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.Equal("input/en/deep.md", error.Diagnostic.File);
        Assert.Equal(5 + 2 + NestingGuard.MaxHtmlDepth, error.Diagnostic.Line);
        Assert.Contains("raw HTML nested too deep", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div><div><div></div></div></div>")]
    [InlineData("<p><p><p><li><li><br><br><img src=x.png>")]
    [InlineData("<https://example.org/> <info@example.org> a <b and c")]
    [InlineData("```\n<div><div><div><div>\n```")]
    [InlineData("<!-- <div><div><div><div> --><script><div><div><div><div></script>")]
    public void Closed_implicitly_closed_and_non_html_tags_do_not_count(string markdown)
    {
        var repeated = string.Concat(Enumerable.Repeat(markdown + "\n", 1000));
        NestingGuard.Check(repeated, "input/en/fine.md", 1);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_fine()
    {
        var depth = NestingGuard.MaxHtmlDepth;
        NestingGuard.Check(string.Concat(Enumerable.Repeat("<div>", depth)) + string.Concat(Enumerable.Repeat("</div>", depth)), "input/en/fine.md", 1);
        Assert.Throws<SiteException>(() => NestingGuard.Check(string.Concat(Enumerable.Repeat("<span>", depth + 1)), "input/en/deep.md", 1));
    }

    [Fact]
    public void The_sanitiser_shows_absurdly_deep_html_as_text_without_parsing_it()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x";
        var clock = Stopwatch.StartNew();

        var cleaned = RawHtmlSanitizer.Sanitize(html);

        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        Assert.StartsWith("&lt;div&gt;&lt;div&gt;", cleaned, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<font color=red>a</font>")]
    [InlineData("<span class=c>a</span>")]
    [InlineData("<a href=\"x.html\" onclick=\"alert(1)\">a</a>")]
    public void The_sanitiser_handles_20000_siblings_fast(string element)
    {
        var html = "<p>" + string.Concat(Enumerable.Repeat(element, 20_000)) + "</p>";
        var clock = Stopwatch.StartNew();

        var cleaned = RawHtmlSanitizer.Sanitize(html);

        Assert.True(clock.Elapsed < Generous, $"took {clock.Elapsed}");
        var p = new HtmlParser().ParseDocument(cleaned).QuerySelector("p")!;
        Assert.Equal(new string('a', 20_000), p.TextContent);
        Assert.DoesNotContain("onclick", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("font", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_of_an_unwrapped_raw_text_element_is_escaped()
    {
        var cleaned = RawHtmlSanitizer.Sanitize("<p><xmp><script>alert(1)</script></xmp><plaintext><img src=x onerror=alert(2)>");

        var document = new HtmlParser().ParseDocument(cleaned);
        Assert.Empty(document.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
