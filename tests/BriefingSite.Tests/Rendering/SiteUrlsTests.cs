using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

/// <summary>
/// Pins the URL scheme <see cref="SiteUrls"/> owns, on a small two-language site written here:
/// two briefings a listing page, three briefings in each language (so both briefing indexes have a
/// page 2), three English briefings on Iraq but one Arabic (so the English topic's page 2 has no
/// Arabic twin), one translated pair and an about page in each language.
/// </summary>
public sealed class SiteUrlsTests : IDisposable
{
    private readonly TempSite _site = TempSite.Empty();
    private readonly RouteTable _routes;

    public SiteUrlsTests()
    {
        _site.Write("site.yml", """
            base_url: https://example.org/briefings/
            default_language: ar
            list_page_size: 2
            languages:
              - code: ar
                culture: ar-IQ
              - code: en
                culture: en-GB
            topics:
              - id: iraq
                labels: { ar: العراق, en: Iraq }
              - id: iran
                labels: { ar: إيران, en: Iran }
            """);
        Briefing("en", "water", "2024-01-03", "iraq", "water");
        Briefing("en", "oil", "2024-01-02", "iraq", null);
        Briefing("en", "dams", "2024-01-01", "iraq", null);
        Briefing("ar", "al-miyah", "2024-01-03", "iraq", "water");
        Briefing("ar", "naft", "2024-01-02", "iran", null);
        Briefing("ar", "sudud", "2024-01-01", "iran", null);
        foreach (var language in new[] { "ar", "en" })
        {
            _site.Write($"input/{language}/about.md", $"---\ntitle: About {language}\nlang: {language}\nkind: page\nslug: about\ntranslation_key: about\n---\n\nAbout.\n");
        }

        var config = SiteConfigLoader.Load(_site.Paths);
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(_site.Paths, config, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        _routes = new RouteTable(site);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_kind_of_page_goes_where_the_scheme_says_in_both_languages()
    {
        string[] expected =
        [
            "404.html",
            "ar/about.html",
            "ar/briefings/al-miyah.html", "ar/briefings/index.html", "ar/briefings/naft.html", "ar/briefings/page/2.html", "ar/briefings/sudud.html",
            "ar/index.html", "ar/search.html", "ar/side-by-side/al-miyah.html",
            "ar/topics/index.html", "ar/topics/iran.html", "ar/topics/iraq.html",
            "en/about.html",
            "en/briefings/dams.html", "en/briefings/index.html", "en/briefings/oil.html", "en/briefings/page/2.html", "en/briefings/water.html",
            "en/index.html", "en/search.html", "en/side-by-side/water.html",
            "en/topics/index.html", "en/topics/iran.html", "en/topics/iraq.html", "en/topics/iraq/page/2.html",
            "index.html",
        ];

        Assert.Equal(expected, _routes.All.Select(r => r.OutputPath).Order(StringComparer.Ordinal));
        var topicPage = Route("en/topics/iraq/page/2.html");
        Assert.Equal((RouteKind.Topic, "en", "iraq", 2), (topicPage.Kind, topicPage.Language.Code, topicPage.Topic?.Id, topicPage.PageNumber));
        Assert.Equal(topicPage.OutputPath, SiteUrls.Listing("en", "iraq", 2));
        Assert.Equal("ar/briefings/page/2.html", SiteUrls.Listing("ar", null, 2));
    }

    [Fact]
    public void Files_that_are_not_pages_have_fixed_places()
    {
        var water = Route("en/briefings/water.html").Page!;
        Assert.Equal("en/briefings/water.bib", SiteUrls.Citation(water, ".bib"));
        Assert.Equal("en/feed.xml", SiteUrls.Feed("en"));
        Assert.Equal("ar/feed.xml", SiteUrls.Feed("ar"));
        Assert.Equal("feed.xml", SiteUrls.CombinedFeed);
        Assert.Equal("sitemap.xml", SiteUrls.Sitemap);
        Assert.Equal("assets/style.css", SiteUrls.Stylesheet);
        Assert.Equal("assets/search/index.js", SiteUrls.SearchIndex);
        Assert.Equal("assets/search.js", SiteUrls.SearchScript);
        Assert.Equal("assets/search/0061-0062.js", SiteUrls.SearchShard("0061-0062"));
        Assert.Equal("assets/fonts/x.woff2", SiteUrls.Asset("fonts/x.woff2"));
    }

    [Theory]
    [InlineData("index.html", "ar/index.html", "ar/index.html")]
    [InlineData("ar/index.html", "en/index.html", "../en/index.html")]
    [InlineData("ar/briefings/x.html", "ar/briefings/y.html", "y.html")]
    [InlineData("ar/briefings/x.html", "assets/style.css", "../../assets/style.css")]
    [InlineData("ar/topics/iraq.html", "ar/index.html", "../index.html")]
    [InlineData("en/topics/iraq/page/2.html", "en/topics/iraq.html", "../../iraq.html")]
    [InlineData("en/briefings/page/2.html", "ar/briefings/index.html", "../../../ar/briefings/index.html")]
    [InlineData("ar/briefings/x.html", "ar/briefingsx/y.html", "../briefingsx/y.html")]
    [InlineData("en/topics/iraq.html", "en/topics/iraq/page/2.html", "iraq/page/2.html")]
    [InlineData("a/b/c/d/e/f/g/h/i/x.html", "index.html", "../../../../../../../../../index.html")]
    public void Links_are_relative_and_name_files(string from, string to, string expected) =>
        Assert.Equal(expected, SiteUrls.Relative(from, to));

    [Theory]
    [InlineData("index.html", "")]
    [InlineData("ar/index.html", "../")]
    [InlineData("en/topics/iraq/page/2.html", "../../../../")]
    public void The_way_to_the_root_climbs_one_folder_per_slash(string from, string expected) =>
        Assert.Equal(expected, SiteUrls.ToRoot(from));

    [Theory]
    [InlineData("https://example.org/briefings/", "index.html", "https://example.org/briefings/")]
    [InlineData("https://example.org/briefings", "ar/index.html", "https://example.org/briefings/ar/")]
    [InlineData("https://example.org/", "en/briefings/page/2.html", "https://example.org/en/briefings/page/2.html")]
    [InlineData("https://example.org/", "ar/briefings/مياه.html", "https://example.org/ar/briefings/%D9%85%D9%8A%D8%A7%D9%87.html")]
    [InlineData("https://example.org/", "en/not-index.html", "https://example.org/en/not-index.html")]
    public void Absolute_urls_start_from_the_base_and_drop_index_html(string baseUrl, string path, string expected) =>
        Assert.Equal(expected, SiteUrls.Absolute(baseUrl, path));

    [Fact]
    public void A_later_listing_page_has_a_twin_where_the_other_language_has_that_page()
    {
        var english = Route("en/briefings/page/2.html");

        var arabic = _routes.TwinOf(english, In("ar"));

        Assert.NotNull(arabic);
        Assert.Equal("ar/briefings/page/2.html", arabic.OutputPath);
        Assert.Equal((RouteKind.BriefingIndex, "ar", 2), (arabic.Kind, arabic.Language.Code, arabic.PageNumber));
        Assert.Same(english, _routes.TwinOf(arabic, In("en")));
    }

    [Fact]
    public void A_topic_page_the_other_language_lacks_has_no_twin_and_the_switcher_leads_to_that_topics_first_page()
    {
        var english = Route("en/topics/iraq/page/2.html");

        Assert.Null(_routes.TwinOf(english, In("ar")));
        Assert.Equal("ar/topics/iraq.html", _routes.NearestIn(english, In("ar"))?.OutputPath);
        Assert.Equal("ar/topics/iraq.html", _routes.TwinOf(Route("en/topics/iraq.html"), In("ar"))?.OutputPath);
        Assert.Equal("ar/topics/iran.html", _routes.TwinOf(Route("en/topics/iran.html"), In("ar"))?.OutputPath);
    }

    [Fact]
    public void Pages_twin_by_translation_and_by_slug_and_a_briefing_without_translation_has_none()
    {
        Assert.Equal("ar/briefings/al-miyah.html", _routes.TwinOf(Route("en/briefings/water.html"), In("ar"))?.OutputPath);
        Assert.Equal("en/side-by-side/water.html", _routes.TwinOf(Route("ar/side-by-side/al-miyah.html"), In("en"))?.OutputPath);
        Assert.Equal("en/about.html", _routes.TwinOf(Route("ar/about.html"), In("en"))?.OutputPath);
        Assert.Equal("en/index.html", _routes.TwinOf(Route("ar/index.html"), In("en"))?.OutputPath);
        Assert.Equal("en/search.html", _routes.TwinOf(Route("ar/search.html"), In("en"))?.OutputPath);
        Assert.Equal("en/topics/index.html", _routes.TwinOf(Route("ar/topics/index.html"), In("en"))?.OutputPath);
        Assert.Null(_routes.TwinOf(Route("en/briefings/oil.html"), In("ar")));
    }

    [Fact]
    public void Every_route_carries_the_sites_resolved_language_and_the_root_the_default_one()
    {
        var config = _routes.Site.Config;

        Assert.All(_routes.All.Where(r => r.OutputPath.StartsWith("ar/", StringComparison.Ordinal)), r => Assert.Same(config.Language("ar"), r.Language));
        Assert.All(_routes.All.Where(r => r.OutputPath.StartsWith("en/", StringComparison.Ordinal)), r => Assert.Same(config.Language("en"), r.Language));
        Assert.Same(config.Language("ar"), Route("index.html").Language);
        Assert.Equal("rtl", Route("ar/topics/iraq.html").Language.Direction);
    }

    private LanguageConfig In(string code) => _routes.Site.Config.Language(code);

    private Route Route(string path) => _routes.Find(path) ?? throw new InvalidOperationException("no route " + path);

    private void Briefing(string language, string slug, string date, string topic, string? key) =>
        _site.Write($"input/{language}/briefings/{slug}.md", $"""
            ---
            title: {slug} briefing
            lang: {language}
            slug: {slug}
            date: {date}
            topics: [{topic}]
            {(key is null ? "" : "translation_key: " + key)}
            ---

            Text of {slug}.
            """);
}
