using System.Globalization;
using AngleSharp.Dom;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

/// <summary>
/// Given a site with more briefings than a listing page holds (<see cref="PaginatedSite"/>), the
/// briefing index and each topic are split into pages of the page's language, newest first,
/// linked in order from page 1, with the other languages' briefings only on page 1.
/// </summary>
public sealed class PaginationTests(PaginatedSite site) : IClassFixture<PaginatedSite>
{
    public static TheoryData<string, int, string> Listings() => new()
    {
        { "en/briefings/index.html", PaginatedSite.EnglishBriefings, "Pages of this list" },
        { "en/topics/iraq.html", PaginatedSite.EnglishOnIraq, "Pages of this list" },
        { "ar/briefings/index.html", PaginatedSite.ArabicBriefings, "صفحات القائمة" },
        { "ar/topics/iraq.html", PaginatedSite.ArabicBriefings, "صفحات القائمة" },
    };

    [Fact]
    public void The_site_builds()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.True(site.Exists("en/briefings/page/5.html"));
        Assert.False(site.Exists("en/briefings/page/6.html"));
        Assert.True(site.Exists("en/topics/iraq/page/2.html"));
        Assert.True(site.Exists("ar/topics/iraq/page/2.html"));
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public void Following_next_from_page_1_reaches_every_page_each_within_the_page_size_newest_first(string first, int briefings, string navLabel)
    {
        var pages = Walk(first);

        var expectedPages = (briefings + PaginatedSite.PageSize - 1) / PaginatedSite.PageSize;
        Assert.Equal(expectedPages, pages.Count);
        Assert.Equal(Enumerable.Range(1, expectedPages).Select(n => PagePath(first, n)), pages.Select(p => p.Path));
        var cards = pages.SelectMany(p => InLanguage(p.Document)).ToList();
        Assert.All(pages, p => Assert.InRange(InLanguage(p.Document).Count, 1, PaginatedSite.PageSize));
        Assert.Equal(briefings, cards.Count);
        Assert.Equal(briefings, cards.Select(c => c.QuerySelector("a")!.GetAttribute("href")).Distinct().Count());
        var dates = cards.Select(c => c.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(pages, p => Assert.Equal(navLabel, p.Document.QuerySelector("nav.pagination")!.GetAttribute("aria-label")));

        // No page of the listing exists beyond those the walk found.
        var folder = Path.Combine(site.Output, Path.ChangeExtension(first, null).Replace("/index", "", StringComparison.Ordinal), "page");
        Assert.Equal(expectedPages - 1, Directory.GetFiles(folder, "*.html").Length);
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public void Previous_and_next_lead_to_the_neighbours_and_the_current_page_is_marked(string first, int briefings, string navLabel)
    {
        _ = navLabel;
        var pages = Walk(first);
        for (var i = 0; i < pages.Count; i++)
        {
            var (path, document) = pages[i];
            var nav = document.QuerySelector("nav.pagination")!;
            var previous = nav.QuerySelector("a[rel=prev]");
            var next = nav.QuerySelector("a[rel=next]");
            Assert.Equal(i == 0 ? null : pages[i - 1].Path, previous is null ? null : PaginatedSite.Resolve(path, previous.GetAttribute("href")!));
            Assert.Equal(i == pages.Count - 1 ? null : pages[i + 1].Path, next is null ? null : PaginatedSite.Resolve(path, next.GetAttribute("href")!));
            var current = Assert.Single(nav.QuerySelectorAll("[aria-current=page]"));
            Assert.Equal(path, PaginatedSite.Resolve(path, current.GetAttribute("href")!));
            Assert.Equal(Number(i + 1, path), current.TextContent);
            Assert.InRange(nav.QuerySelectorAll("a").Length, 2, 2 + (2 * 2) + 3);
        }

        Assert.True(briefings > PaginatedSite.PageSize);
    }

    [Fact]
    public void Later_pages_have_titles_of_their_own_with_the_number_in_the_language_s_digits()
    {
        Assert.Equal("Briefings, page 3 · Briefing Site", site.Page("en/briefings/page/3.html").Title);
        Assert.Equal("Iraq, page 2", site.Page("en/topics/iraq/page/2.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("العراق، الصفحة ٢", site.Page("ar/topics/iraq/page/2.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Briefings", site.Page("en/briefings/index.html").QuerySelector("h1")!.TextContent);
        var titles = Walk("en/briefings/index.html").Select(p => p.Document.Title).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Fact]
    public void Only_page_1_shows_other_languages_capped_with_a_link_to_their_whole_listing()
    {
        var first = site.Page("en/briefings/index.html");
        var others = first.QuerySelectorAll("#other-languages ~ .card, section[aria-labelledby=other-languages] .card");
        Assert.Equal(PaginatedSite.OtherLanguageLimit, others.Length);
        Assert.All(others, c => Assert.Contains("card--other-language", c.ClassName, StringComparison.Ordinal));
        var more = first.QuerySelector("section[aria-labelledby=other-languages] .more-link a")!;
        Assert.Equal("ar/briefings/index.html", PaginatedSite.Resolve("en/briefings/index.html", more.GetAttribute("href")!));
        Assert.Equal("ar", more.GetAttribute("hreflang"));
        Assert.Equal("All briefings in Arabic", more.TextContent);

        var topic = site.Page("ar/topics/iraq.html").QuerySelector("section[aria-labelledby=other-languages] .more-link a")!;
        Assert.Equal("en/topics/iraq.html", PaginatedSite.Resolve("ar/topics/iraq.html", topic.GetAttribute("href")!));

        foreach (var later in new[] { "en/briefings/page/2.html", "en/topics/iraq/page/5.html", "ar/briefings/page/2.html" })
        {
            var page = site.Page(later);
            Assert.Null(page.QuerySelector("#other-languages"));
            Assert.Empty(page.QuerySelectorAll(".card--other-language"));
        }
    }

    [Fact]
    public void The_switcher_on_page_n_leads_to_page_n_in_the_other_language_else_to_its_page_1()
    {
        // Arabic has two pages: English page 2 is paired with Arabic page 2, in the switcher and in hreflang.
        var paired = site.Page("en/briefings/page/2.html");
        var link = paired.QuerySelector(".language-switch a")!;
        Assert.Equal("ar/briefings/page/2.html", PaginatedSite.Resolve("en/briefings/page/2.html", link.GetAttribute("href")!));
        Assert.Equal("alternate", link.GetAttribute("rel"));
        Assert.Equal(
            "https://example.org/briefings/ar/briefings/page/2.html",
            paired.QuerySelector("link[rel=alternate][hreflang=ar]")!.GetAttribute("href"));

        // English page 4 has no Arabic page 4: the switcher goes to Arabic page 1, and no hreflang pair is claimed.
        var unpaired = site.Page("en/briefings/page/4.html");
        link = unpaired.QuerySelector(".language-switch a")!;
        Assert.Equal("ar/briefings/index.html", PaginatedSite.Resolve("en/briefings/page/4.html", link.GetAttribute("href")!));
        Assert.Null(link.GetAttribute("rel"));
        Assert.Empty(unpaired.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.Equal(
            "https://example.org/briefings/en/briefings/page/4.html",
            unpaired.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var topic = site.Page("ar/topics/iraq/page/2.html").QuerySelector(".language-switch a")!;
        Assert.Equal("en/topics/iraq/page/2.html", PaginatedSite.Resolve("ar/topics/iraq/page/2.html", topic.GetAttribute("href")!));
    }

    [Fact]
    public void The_sitemap_lists_every_page_of_every_listing_with_hreflang_only_for_pages_with_a_twin()
    {
        System.Xml.Linq.XNamespace map = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = System.Xml.Linq.XDocument.Parse(site.Site.Read("output/sitemap.xml")).Root!.Elements(map + "url")
            .ToDictionary(u => u.Element(map + "loc")!.Value, u => u.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value).ToList());
        const string Base = "https://example.org/briefings/";
        var pages = Directory.EnumerateFiles(Path.Combine(site.Output, "en", "briefings", "page"))
            .Concat(Directory.EnumerateFiles(Path.Combine(site.Output, "en", "topics", "iraq", "page")))
            .Select(f => Base + Path.GetRelativePath(site.Output, f).Replace('\\', '/'));
        Assert.All(pages, p => Assert.Contains(p, urls.Keys));
        Assert.Equal(["ar", "en", "x-default"], urls[Base + "en/briefings/page/2.html"].Order());
        Assert.Empty(urls[Base + "en/briefings/page/3.html"]);
    }

    [Theory]
    [InlineData("feed.xml", null)]
    [InlineData("en/feed.xml", "en")]
    [InlineData("ar/feed.xml", "ar")]
    public void Each_feed_holds_only_the_newest_briefings_and_stays_valid_xml(string path, string? language)
    {
        var file = new BriefingSite.Rendering.OutputFile(path, site.Site.Read("output/" + path));
        Assert.Empty(BriefingSite.Publishing.XmlValidator.Validate([file]));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = System.Xml.Linq.XDocument.Parse(file.Text!).Root!.Elements(atom + "entry").ToList();
        Assert.Equal(PaginatedSite.FeedLimit, entries.Count);
        var updated = entries.Select(e => e.Element(atom + "updated")!.Value).ToList();
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
        // The newest briefings of the corpus: English 2030-03-23 and Arabic 2030-04-07.
        Assert.Equal(language == "en" ? "2030-03-23T00:00:00Z" : "2030-04-07T00:00:00Z", updated[0]);
    }

    private List<(string Path, IDocument Document)> Walk(string first)
    {
        var pages = new List<(string Path, IDocument Document)>();
        var path = first;
        while (path is not null)
        {
            Assert.DoesNotContain(path, pages.Select(p => p.Path));
            var document = site.Page(path);
            pages.Add((path, document));
            var next = document.QuerySelector("nav.pagination a[rel=next]");
            path = next is null ? null : PaginatedSite.Resolve(path, next.GetAttribute("href")!);
        }

        return pages;
    }

    private static List<IElement> InLanguage(IDocument document) => [.. document.QuerySelectorAll("section[aria-labelledby=in-language] .card")];

    private static string PagePath(string first, int n) =>
        n == 1 ? first : first.Replace("/index.html", "", StringComparison.Ordinal).Replace(".html", "", StringComparison.Ordinal) + $"/page/{n}.html";

    private static string Number(int n, string path)
    {
        var text = n.ToString(CultureInfo.InvariantCulture);
        return path.StartsWith("ar/", StringComparison.Ordinal) ? string.Concat(text.Select(c => (char)('\u0660' + (c - '0')))) : text;
    }
}
