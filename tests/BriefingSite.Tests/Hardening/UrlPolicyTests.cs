using AngleSharp.Html.Parser;
using BriefingSite.Config;
using BriefingSite.Import;
using BriefingSite.Publishing;
using BriefingSite.Rendering;
using BriefingSite.Tests.Import;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// One URL policy for every address that becomes a link: front-matter, seeds.yml, seed text,
/// Markdown, raw HTML and the link check classify the same address the same way.
/// </summary>
public sealed class UrlPolicyTests
{
    private const string ScriptUrl = "javascript://x.org/%0aalert(document.domain)";

    [Theory]
    [InlineData("https://merip.org/", UrlKind.External)]
    [InlineData("HTTP://example.org/a?b#c", UrlKind.External)]
    [InlineData("//cdn.example.org/x.js", UrlKind.External)]
    [InlineData("mailto:info@example.org", UrlKind.External)]
    [InlineData("tel:+9641234", UrlKind.External)]
    [InlineData("../en/briefings/x.html#note", UrlKind.Relative)]
    [InlineData("#top", UrlKind.Relative)]
    [InlineData("a/b:c.html", UrlKind.Relative)]
    [InlineData(ScriptUrl, UrlKind.Unsafe)]
    [InlineData("  JavaScript:alert(1)", UrlKind.Unsafe)]
    [InlineData("java\tscript:alert(1)", UrlKind.Unsafe)]
    [InlineData("vbscript:msgbox(1)", UrlKind.Unsafe)]
    [InlineData("data:text/html,<script>alert(1)</script>", UrlKind.Unsafe)]
    [InlineData("file:///etc/passwd", UrlKind.Unsafe)]
    [InlineData("https://example.org/%0d%0aSet-Cookie:x", UrlKind.Unsafe)]
    [InlineData("https://example.org/\u0085", UrlKind.Unsafe)]
    [InlineData("https:example.org", UrlKind.Unsafe)]
    [InlineData("http:///path", UrlKind.Unsafe)]
    [InlineData("///path", UrlKind.Unsafe)]
    public void Classifies_each_address(string url, UrlKind expected) => Assert.Equal(expected, UrlPolicy.Classify(url));

    [Fact]
    public void Images_alone_may_use_raster_data_urls()
    {
        Assert.Equal(UrlKind.External, UrlPolicy.Classify("data:image/png;base64,iVBO", image: true));
        Assert.Equal(UrlKind.Unsafe, UrlPolicy.Classify("data:image/png;base64,iVBO"));
        Assert.Equal(UrlKind.Unsafe, UrlPolicy.Classify("data:image/svg+xml,<svg onload=alert(1)>", image: true));
    }

    [Fact]
    public void The_link_check_reports_a_script_url_instead_of_taking_it_for_external()
    {
        var problem = LinkValidator.Check("en/a.html", ScriptUrl, new HashSet<string> { "en/a.html" }, new Dictionary<string, IReadOnlySet<string>>());

        Assert.NotNull(problem);
        Assert.Contains("unsafe link", problem, StringComparison.Ordinal);
        Assert.Null(LinkValidator.Check("en/a.html", "https://merip.org/", new HashSet<string>(), new Dictionary<string, IReadOnlySet<string>>()));
    }

    [Theory]
    [InlineData("[x](https://example.org/%0d%0aSet-Cookie:x)")]
    [InlineData("<a href=\"https://example.org/%0aX\">x</a>")]
    [InlineData("<a href=\"javascript://x.org/%0aalert(1)\">x</a>")]
    public void Markdown_and_raw_html_links_follow_the_policy(string markdown)
    {
        var document = new HtmlParser().ParseDocument(new MarkdownRenderer().Render(markdown).Html);

        Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.True(UrlPolicy.IsSafe(a.GetAttribute("href")!), a.OuterHtml));
    }

    [Theory]
    [InlineData(ScriptUrl)]
    [InlineData("vbscript:x")]
    [InlineData("https://example.org/%0a")]
    public void A_seeds_yml_publisher_url_the_policy_refuses_is_left_out_with_a_warning(string url)
    {
        var parsed = SeedParsing.Parse("A Title Line\n\nBody text of the seed, long enough to be a paragraph.\n", new SeedOverrides { PublisherUrl = url });

        Assert.Null(parsed.Meta.PublisherUrl);
        Assert.Contains(parsed.Report.Warnings, w => w.Message.Contains("publisher_url", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("merip.org", "https://merip.org")]
    [InlineData("https://merip.org/", "https://merip.org/")]
    public void A_seeds_yml_publisher_url_host_becomes_https(string url, string expected) =>
        Assert.Equal(expected, SeedParsing.Parse("A Title Line\n\nBody text of the seed.\n", new SeedOverrides { PublisherUrl = url }).Meta.PublisherUrl);

    [Fact]
    public void A_script_url_in_front_matter_never_reaches_the_page()
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("input/en/briefings/bad-url.md", $"---\ntitle: T\nlang: en\npublisher: P\npublisher_url: \"{ScriptUrl}\"\n---\nx\n");

        var result = site.Build(import: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.File == "input/en/briefings/bad-url.md" && d.Line == 5 && d.Message.Contains("publisher_url", StringComparison.Ordinal));
        var page = site.Read("output/en/briefings/bad-url.html");
        Assert.DoesNotContain("javascript", page, StringComparison.OrdinalIgnoreCase);
    }
}
