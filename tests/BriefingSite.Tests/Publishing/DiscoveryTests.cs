using System.Xml.Linq;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

/// <summary>Given the repository's site built with base_url https://example.org/briefings/, feeds, sitemap and head metadata are absolute and paired by language.</summary>
public sealed class DiscoveryTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private const string Base = "https://example.org/briefings/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Theory]
    [InlineData("ar/feed.xml", "ar", "ar/briefings/party-politics-in-iraq-where-to.html")]
    [InlineData("en/feed.xml", "en", "en/briefings/the-new-landscape-of-iranian-politics.html")]
    public void Each_language_has_an_atom_feed_of_its_briefings(string path, string language, string briefing)
    {
        var feed = Load(path).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(language, feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal(Base + path, feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal(Base + briefing, entry.Element(Atom + "id")!.Value);
        Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
    }

    [Fact]
    public void The_combined_feed_marks_each_entry_with_its_language()
    {
        var entries = Load("feed.xml").Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(["ar", "en"], entries.Select(e => e.Attribute(XNamespace.Xml + "lang")!.Value).Order());
        Assert.All(entries, e => Assert.StartsWith(Base, e.Element(Atom + "id")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_404_with_hreflang_pairs_and_x_default()
    {
        var urls = Load("sitemap.xml").Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value);
        Assert.Equal(site.Pages.Count - 1, urls.Count);
        Assert.DoesNotContain(Base + "404.html", urls.Keys);

        var about = Alternates(urls[Base + "ar/about.html"]);
        Assert.Equal(Base + "ar/about.html", about["ar"]);
        Assert.Equal(Base + "en/about.html", about["en"]);
        Assert.Equal(Base + "ar/about.html", about["x-default"]);

        // The English home's alternates name the Arabic home, and the pair is symmetric.
        Assert.Equal(Alternates(urls[Base + "ar/"]), Alternates(urls[Base + "en/"]));
        Assert.Equal(Base + "en/", Alternates(urls[Base + "ar/"])["en"]);

        // A briefing without a translation has no alternates.
        Assert.Empty(Alternates(urls[Base + "en/briefings/the-new-landscape-of-iranian-politics.html"]));
    }

    [Fact]
    public void Pages_with_a_twin_link_every_language_version_and_x_default_in_their_head()
    {
        var head = site.Pages["en/topics/index.html"].Head!;
        var links = head.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal(new Dictionary<string, string>
        {
            ["ar"] = Base + "ar/topics/",
            ["en"] = Base + "en/topics/",
            ["x-default"] = Base + "ar/topics/",
        }, links);
        Assert.Equal(Base + "en/topics/", head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(Base + "en/topics/", head.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("en_GB", head.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("../feed.xml", head.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void A_page_without_a_twin_has_a_canonical_url_but_no_hreflang()
    {
        var head = site.Pages["en/briefings/the-new-landscape-of-iranian-politics.html"].Head!;
        Assert.Empty(head.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Equal("article", head.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(Base + "en/briefings/the-new-landscape-of-iranian-politics.html", head.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Only_the_404_page_has_an_absolute_base_so_it_works_at_any_missing_path()
    {
        Assert.Equal(Base, site.Pages["404.html"].Head!.QuerySelector("base")?.GetAttribute("href"));
        Assert.All(site.Pages.Where(p => p.Key != "404.html"), p => Assert.Null(p.Value.QuerySelector("base")));
    }

    [Fact]
    public void Robots_txt_names_the_sitemap()
    {
        Assert.Contains("Sitemap: " + Base + "sitemap.xml", File.ReadAllText(Path.Combine(site.Site.Output, "robots.txt")), StringComparison.Ordinal);
    }

    private XDocument Load(string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(site.Site.Output, path));
        Assert.NotEqual(0xEF, bytes[0]);
        using var stream = new MemoryStream(bytes);
        var document = XDocument.Load(stream);
        Assert.Equal("utf-8", document.Declaration?.Encoding, ignoreCase: true);
        return document;
    }

    private static Dictionary<string, string> Alternates(XElement url) =>
        url.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
}
