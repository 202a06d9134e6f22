using AngleSharp.Dom;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Site;

/// <summary>
/// Given the repository's site built, each briefing page carries issue 15's reading aids as plain
/// HTML that works without script: contents, a link beside each section heading, note references,
/// share links, back to top, and the header's search form on every page, in the page's language.
/// </summary>
public sealed class ReadingAidsTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<string> Briefings() => new(SitePages.ArabicBriefing, SitePages.EnglishBriefing);

    [Theory]
    [MemberData(nameof(Briefings))]
    public void The_contents_list_every_section_and_the_page_loads_only_its_local_reader_script(string path)
    {
        var page = site.Pages[path];
        var toc = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        var sections = page.QuerySelectorAll(".prose > h2[id]").Where(h => h.Closest(".footnotes") is null).Select(h => "#" + h.Id).ToList();

        Assert.True(sections.Count > 1, path);
        Assert.Equal(sections, toc);
        Assert.Null(page.QuerySelector("nav.toc [aria-current]"));
        var scripts = page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ToList();
        Assert.Equal(["../../assets/reader.js"], scripts);
        Assert.True(File.Exists(Path.Combine(site.Site.Output, "assets/reader.js")));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void Each_section_heading_has_a_link_to_itself_named_from_the_strings_file(string path)
    {
        var page = site.Pages[path];
        var language = SitePages.LanguageOf(path);
        var headings = page.QuerySelectorAll(".prose h2[id], .prose h3[id]").Where(h => h.Id != "footnotes-title").ToList();

        Assert.NotEmpty(headings);
        Assert.All(headings, h =>
        {
            var link = Assert.Single(h.QuerySelectorAll("a.section-link"));
            Assert.Equal("#" + h.Id, link.GetAttribute("href"));
            Assert.Equal(ThemeStrings.Get(language, "section_link"), link.GetAttribute("aria-label"));
        });
        Assert.Empty(page.QuerySelectorAll("#footnotes-title a, .toc a.section-link"));
        Assert.Equal(ThemeStrings.Get(language, "link_copied"), page.QuerySelector("article.briefing")!.GetAttribute("data-copied"));
        Assert.Equal("status", page.QuerySelector(".copy-status")!.GetAttribute("role"));
    }

    [Fact]
    public void Every_note_reference_leads_to_a_note_on_the_page()
    {
        // The Arabic briefing has no notes.
        var page = site.Pages[SitePages.EnglishBriefing];
        var refs = page.QuerySelectorAll("a.footnote-ref").ToList();

        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.NotNull(page.GetElementById(r.GetAttribute("href")![1..])));
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void The_end_of_a_briefing_has_back_to_top_and_share_links_built_from_its_address(string path)
    {
        var page = site.Pages[path];
        var language = SitePages.LanguageOf(path);
        var back = page.QuerySelector("article.briefing .back-to-top a")!;
        Assert.Equal("#main", back.GetAttribute("href"));
        Assert.Equal(ThemeStrings.Get(language, "back_to_top"), back.TextContent);
        Assert.NotNull(page.GetElementById("main"));

        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        var encoded = Uri.EscapeDataString(canonical);
        var share = page.QuerySelectorAll("section.share a").ToList();
        Assert.Equal(ThemeStrings.Get(language, "share"), page.QuerySelector("section.share h2")!.TextContent);
        Assert.Equal(
            new[] { "share_email", "share_whatsapp", "share_telegram", "share_x", "share_linkedin" }.Select(k => ThemeStrings.Get(language, k)),
            share.Select(a => a.TextContent));
        var hrefs = share.Select(a => a.GetAttribute("href")!).ToList();
        Assert.StartsWith("mailto:?subject=", hrefs[0]);
        Assert.StartsWith("https://wa.me/?text=", hrefs[1]);
        Assert.StartsWith("https://t.me/share/url?url=" + encoded, hrefs[2]);
        Assert.StartsWith("https://twitter.com/intent/tweet?url=" + encoded, hrefs[3]);
        Assert.Equal("https://www.linkedin.com/sharing/share-offsite/?url=" + encoded, hrefs[4]);
        Assert.All(hrefs, h => Assert.Contains(encoded, h));
        Assert.Contains(Uri.EscapeDataString(page.QuerySelector("h1")!.TextContent), hrefs[0]);
    }

    [Theory]
    [MemberData(nameof(Briefings))]
    public void A_briefing_requests_nothing_from_elsewhere(string path)
    {
        var page = site.Pages[path];
        var loaded = page.QuerySelectorAll("script[src], img[src], iframe, link[rel=stylesheet], link[rel=preload], link[rel=icon]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "").ToList();

        Assert.All(loaded, url => Assert.False(url.Contains("//", StringComparison.Ordinal), $"{path} loads {url}"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]), iframe, [style*='url(']"));
    }

    [Fact]
    public void Only_a_briefing_with_older_or_newer_ones_in_its_language_has_previous_and_next() =>
        // The repository has one briefing per language: neither has neighbours.
        Assert.All([SitePages.ArabicBriefing, SitePages.EnglishBriefing], p => Assert.Null(site.Pages[p].QuerySelector("nav.neighbours")));

    [Fact]
    public void Every_page_but_the_root_and_the_search_page_has_a_search_form_posting_to_its_languages_search_page()
    {
        var pages = site.Pages.Where(p => p.Key != "index.html" && p.Key.Contains('/', StringComparison.Ordinal) && !p.Key.EndsWith("search.html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10);
        foreach (var (path, page) in pages)
        {
            var language = page.DocumentElement.GetAttribute("lang")!;
            var form = page.QuerySelector("header form.site-search[role=search]");
            Assert.True(form is not null, path);
            var target = Path.GetFullPath(Path.Combine(site.Site.Output, Path.GetDirectoryName(path)!, form!.GetAttribute("action")!));
            Assert.Equal(Path.GetFullPath(Path.Combine(site.Site.Output, language, "search.html")), target);
            Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
            Assert.Equal(ThemeStrings.Get(language, "search_button"), form.QuerySelector("button")!.TextContent);
            Assert.Equal(ThemeStrings.Get(language, "search_title"), form.QuerySelector("input")!.GetAttribute("aria-label"));
        }

        Assert.Null(site.Pages["en/search.html"].QuerySelector("form.site-search"));
        Assert.Equal("page", site.Pages["en/search.html"].QuerySelector("header .search-link")!.GetAttribute("aria-current"));
    }
}
