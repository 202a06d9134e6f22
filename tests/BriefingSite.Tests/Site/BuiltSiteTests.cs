using AngleSharp.Dom;
using BriefingSite.Publishing;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Site;

/// <summary>Given the repository's real seeds, input and theme, when the site is built, then the output holds these promises.</summary>
public sealed class BuiltSiteTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("ar/index.html")]
    [InlineData("en/index.html")]
    [InlineData("ar/briefings/party-politics-in-iraq-where-to.html")]
    [InlineData("en/briefings/the-new-landscape-of-iranian-politics.html")]
    [InlineData("404.html")]
    [InlineData("assets/style.css")]
    public void Writes_the_root_both_homes_both_briefings_and_assets(string path) =>
        Assert.True(File.Exists(Path.Combine(site.Site.Output, path)), path + " missing");

    [Fact]
    public void Every_page_carries_the_lang_and_dir_of_its_language()
    {
        foreach (var (path, document) in site.Pages)
        {
            var html = document.DocumentElement;
            var expected = path.StartsWith("en/", StringComparison.Ordinal) ? ("en", "ltr") : ("ar", "rtl");
            Assert.Equal(expected, (html.GetAttribute("lang"), html.GetAttribute("dir")));
        }
    }

    [Fact]
    public void The_same_navigation_appears_on_every_page_of_a_language()
    {
        foreach (var language in new[] { "ar", "en" })
        {
            var navs = site.Pages.Where(p => p.Key.StartsWith(language + "/", StringComparison.Ordinal))
                .Select(p => (p.Key, Nav: NavShape(p.Value, p.Key)))
                .ToList();
            Assert.NotEmpty(navs);
            Assert.All(navs, n => Assert.Equal(navs[0].Nav, n.Nav));
            Assert.Equal(4, navs[0].Nav.Count);
        }
    }

    [Fact]
    public void Navigation_has_the_same_structure_in_both_languages()
    {
        var ar = NavShape(site.Pages["ar/index.html"], "ar/index.html");
        var en = NavShape(site.Pages["en/index.html"], "en/index.html");
        Assert.Equal(en.Select(t => t.Replace("en/", "")), ar.Select(t => t.Replace("ar/", "")));
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        var problems = LinkValidator.Validate(OutputReader.Read(site.Site.Output));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("ar/index.html")]
    [InlineData("en/index.html")]
    public void Both_briefings_are_linked_from_each_home(string home)
    {
        var targets = Targets(home);
        Assert.Contains("ar/briefings/party-politics-in-iraq-where-to.html", targets);
        Assert.Contains("en/briefings/the-new-landscape-of-iranian-politics.html", targets);
    }

    [Fact]
    public void The_english_home_describes_the_arabic_briefing_in_english()
    {
        var card = site.Pages["en/index.html"].QuerySelectorAll("article.card--other-language")
            .Single(c => c.QuerySelector("a")!.GetAttribute("href")!.Contains("party-politics", StringComparison.Ordinal));
        Assert.Equal("ar", card.QuerySelector(".card__title")!.GetAttribute("lang"));
        Assert.Equal("rtl", card.QuerySelector(".card__title")!.GetAttribute("dir"));
        Assert.Equal("en", card.QuerySelector(".card__abstract")!.GetAttribute("lang"));
        Assert.Contains("Al-Bayan", card.QuerySelector(".card__abstract")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_switcher_leads_to_the_same_page_in_the_other_language_when_it_exists()
    {
        Assert.Equal("../en/about.html", SwitchHref("ar/about.html"));
        Assert.Equal("../../en/topics/elections.html", SwitchHref("ar/topics/elections.html"));
    }

    [Fact]
    public void A_briefing_without_translation_switches_to_a_note_in_the_other_language_leading_to_its_home()
    {
        Assert.Equal("#no-translation-ar", SwitchHref("en/briefings/the-new-landscape-of-iranian-politics.html"));
        var note = site.Pages["en/briefings/the-new-landscape-of-iranian-politics.html"].QuerySelector("#no-translation-ar")!;
        Assert.Equal(("ar", "rtl"), (note.GetAttribute("lang"), note.GetAttribute("dir")));
        Assert.Contains("لا توجد نسخة عربية", note.TextContent, StringComparison.Ordinal);
        var links = note.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../ar/index.html", links);
    }

    [Fact]
    public void A_briefing_whose_source_gives_no_citation_gets_one_in_its_own_punctuation()
    {
        var citation = site.Pages["ar/briefings/party-politics-in-iraq-where-to.html"].QuerySelector(".citation p")!.TextContent;
        Assert.StartsWith("خضير عباس الدهلكي، «العمل الحزبي في العراق إلى أين؟»، سلسلة إصدارات مركز البيان للدراسات والتخطيط، 2023.", citation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_404_page_speaks_both_languages()
    {
        var page = site.Pages["404.html"];
        Assert.Equal("en", page.QuerySelector(".notice")!.GetAttribute("lang"));
        Assert.Contains("Page not found", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_briefing_cross_links_to_briefings_in_the_other_language()
    {
        var related = site.Pages["ar/briefings/party-politics-in-iraq-where-to.html"].QuerySelectorAll(".related a")
            .Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../en/briefings/the-new-landscape-of-iranian-politics.html", related);
    }

    [Fact]
    public void Briefings_render_their_footnotes_with_links_both_ways()
    {
        var page = site.Pages["en/briefings/the-new-landscape-of-iranian-politics.html"];
        var references = page.QuerySelectorAll("a.footnote-ref").Select(a => a.GetAttribute("href")).ToList();
        var definitions = page.QuerySelectorAll(".footnotes li[id]").Select(li => "#" + li.Id).ToList();
        Assert.Equal(17, definitions.Count);
        Assert.Equal(definitions.Order(), references.Distinct().Order());
    }

    [Fact]
    public void Arabic_dates_use_the_configured_culture_and_dates_are_machine_readable()
    {
        var time = site.Pages["ar/briefings/party-politics-in-iraq-where-to.html"].QuerySelector(".briefing__facts time");
        Assert.NotNull(time);
        Assert.Equal("2023", time!.GetAttribute("datetime"));
    }

    private List<string> NavShape(IDocument document, string path) =>
        [.. document.QuerySelectorAll(".site-nav a").Select(a => LinkValidator.Resolve(path, a.GetAttribute("href")!)!)];

    private HashSet<string> Targets(string path) =>
        [.. site.Pages[path].QuerySelectorAll("a[href]").Select(a => LinkValidator.Resolve(path, a.GetAttribute("href")!)!)];

    private string? SwitchHref(string path) => site.Pages[path].QuerySelector(".language-switch a")?.GetAttribute("href");
}
