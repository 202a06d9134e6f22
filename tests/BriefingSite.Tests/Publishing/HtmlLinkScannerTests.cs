using BriefingSite.Publishing;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

/// <summary>The fast link scanner must read exactly what AngleSharp's HTML5 parse gives, or step aside.</summary>
public sealed class HtmlLinkScannerTests(BuiltSiteFixture built) : IClassFixture<BuiltSiteFixture>
{
    [Fact]
    public void Every_built_page_is_scanned_and_agrees_with_the_html5_parse()
    {
        foreach (var path in built.Pages.Keys)
        {
            var html = File.ReadAllText(Path.Combine(built.Site.Output, path));
            var scanned = HtmlLinkScanner.Scan(path, html);
            Assert.True(scanned is not null, $"the scanner declined {path}");
            AssertSame(LinkExtractor.Parse(path, html), scanned);
        }
    }

    [Theory]
    [InlineData("<a href='x.html' id=top>a</a><img src=\"i.png\" alt=x><a name=n></a>")]
    [InlineData("<!DOCTYPE html><html lang=ar dir=rtl><head><link rel=stylesheet href=a.css></head><body><p id=p>x</p></body></html>")]
    [InlineData("<a HREF='UPPER.html' Id='Mixed'>a</a>")]
    [InlineData("<a href='first.html' href='second.html'>dup</a>")]
    [InlineData("<a href=x.html/>self</a><br/><input name=q>")]
    [InlineData("<!-- <a href='hidden.html'> --><a href='shown.html'>x</a>")]
    [InlineData("<script>var s = '<a href=\"not-a-link.html\">';</script><style>a[id=x]{}</style><a href=y.html>y</a>")]
    [InlineData("<title>a <b id=no> title</title><textarea><a href=no.html></textarea><p id=yes>")]
    [InlineData("text with a < b and 3<4 <a href='z.html'>z</a>")]
    [InlineData("<a href='https://wa.me/?text=A%20title&amp;u=1&amp;v=2'>share</a>")]
    [InlineData("<p id=\"\">empty id</p><div data-href='x' src2='y'></div>")]
    public void Plain_html_gives_the_same_links_and_ids_as_the_html5_parse(string html)
    {
        var scanned = HtmlLinkScanner.Scan("p.html", html);
        Assert.NotNull(scanned);
        AssertSame(LinkExtractor.Parse("p.html", html), scanned);
    }

    [Theory]
    [InlineData("<a href='a.html?x=1&amp;y=2&amp'>entity without its semicolon</a>")]
    [InlineData("<a href='a.html?x=1&lt;y=2'>another entity</a>")]
    [InlineData("<svg><a href='s.html'>x</a></svg>")]
    [InlineData("<template><a href='t.html'>x</a></template>")]
    [InlineData("<a href='unclosed.html'")]
    [InlineData("<!--><a href='x.html'>")]
    [InlineData("<body><body id=twice>")]
    [InlineData("<a href=\"x\r\ny.html\">crlf</a>")]
    public void Anything_else_is_left_to_the_html5_parser(string html)
    {
        Assert.Null(HtmlLinkScanner.Scan("p.html", html));
        Assert.NotNull(LinkExtractor.Extract("p.html", html));
    }

    private static void AssertSame(PageLinks expected, PageLinks actual)
    {
        Assert.Equal(expected.Links, actual.Links);
        Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
    }
}
