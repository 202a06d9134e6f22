using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Config;
using BriefingSite.Import;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Site;

/// <summary>Arabic, English and Persian: Persian added with one site.yml entry and theme/i18n/fa.yml, built strictly (links validated).</summary>
public sealed class ThreeLanguageSiteTests(ThreeLanguageSite site) : IClassFixture<ThreeLanguageSite>
{
    private static readonly Dictionary<string, string> Directions = new() { ["ar"] = "rtl", ["en"] = "ltr", ["fa"] = "rtl" };

    [Fact]
    public void Builds_strictly_with_every_link_resolving() =>
        Assert.True(site.Result.Succeeded && site.Result.WarningCount == 0, string.Join("\n", site.Result.Diagnostics));

    [Fact]
    public void Every_page_carries_the_lang_and_dir_of_its_language()
    {
        var pages = Pages().Where(p => p.Path.Contains('/', StringComparison.Ordinal)).ToList();
        Assert.Contains(pages, p => p.Path.StartsWith("fa/", StringComparison.Ordinal));
        foreach (var (path, document) in pages)
        {
            var language = path[..path.IndexOf('/', StringComparison.Ordinal)];
            var html = document.DocumentElement;
            Assert.Equal((language, Directions[language]), (html.GetAttribute("lang"), html.GetAttribute("dir")));
        }
    }

    [Fact]
    public void The_switcher_offers_every_language_that_has_the_page_and_its_links_resolve()
    {
        foreach (var (path, document) in Pages().Where(p => p.Path.Contains("/briefings/", StringComparison.Ordinal)))
        {
            var language = path[..2];
            var withPage = Directions.Keys.Where(l => l != language && File.Exists(Path.Combine(site.Output, l + path[2..]))).Order().ToList();
            var exact = document.QuerySelectorAll(".language-switch a[hreflang]").ToList();
            Assert.Equal(withPage, exact.Select(a => a.GetAttribute("hreflang")!).Order().ToList());
            Assert.All(exact, a => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(site.Output, Path.GetDirectoryName(path)!, a.GetAttribute("href")!))), $"{path}: {a.GetAttribute("href")}"));
            Assert.Equal(2, document.QuerySelectorAll(".language-switch li").Length);
        }

        var persianOnly = Parse(ThreeLanguageSite.PersianOnly);
        Assert.Empty(persianOnly.QuerySelectorAll(".language-switch a[hreflang]"));
        Assert.Equal(["#no-translation-ar", "#no-translation-en"], persianOnly.QuerySelectorAll(".language-switch a").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public void The_persian_switcher_entry_names_persian_in_its_own_words() =>
        Assert.Contains("فارسی", Parse("en/briefings/water-and-the-tigris.html").QuerySelectorAll(".language-switch a[hreflang=fa]").Select(a => a.TextContent));

    [Fact]
    public void Cards_name_the_briefings_language_in_the_readers_language()
    {
        Assert.Contains("به عربی", Badges("fa/index.html"));
        Assert.Contains("به انگلیسی", Badges("fa/index.html"));
        Assert.Contains("In Persian", Badges("en/index.html"));
        Assert.Contains("بالفارسية", Badges("ar/index.html"));
    }

    [Fact]
    public void Persian_dates_are_gregorian_though_the_persian_culture_counts_solar_years()
    {
        var date = Parse(ThreeLanguageSite.Persian).QuerySelector(".briefing__facts time")!.TextContent;
        Assert.Contains("۲۰۲۴", date, StringComparison.Ordinal);
        Assert.DoesNotContain("۱۴۰۳", date, StringComparison.Ordinal);
    }

    [Fact]
    public void Persian_counts_use_persian_plural_forms() =>
        Assert.Equal("۱ دقیقه", Parse(ThreeLanguageSite.PersianOnly).QuerySelectorAll(".briefing__facts dd")[^1].TextContent);

    [Fact]
    public void A_persian_seed_is_filed_as_persian_and_an_arabic_one_as_arabic()
    {
        var config = SiteConfigLoader.Load(site.Site.Paths);
        Assert.Equal("fa", LanguageChooser.Choose("seeds/nowruz.txt", "نوروز زمان مرور وقایع اخیر است و این را می گوید که ایالات متحده از آنانی حمایت می کند.", config));
        Assert.Equal("ar", LanguageChooser.Choose("seeds/statement.txt", "قال الوزير إن هذا الاتفاق هو الخطوة التي انتظرها الجميع في المنطقة.", config));
    }

    [Fact]
    public void The_root_page_offers_all_three_languages() =>
        Assert.Equal(["ar", "en", "fa"], Parse("index.html").QuerySelectorAll("section[lang]").Select(s => s.GetAttribute("lang")!).ToList());

    private List<string> Badges(string path) => [.. Parse(path).QuerySelectorAll(".badge").Select(b => b.TextContent.Trim())];

    private IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    private IEnumerable<(string Path, IDocument Document)> Pages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(p => p != "404.html")
            .Select(p => (p, Parse(p)));
}
