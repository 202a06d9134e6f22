using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Content;

/// <summary>Given a site with a bad page, the build fails with a message naming file and line, and output is untouched.</summary>
public sealed class SiteLoaderTests
{
    [Theory]
    [InlineData("---\ntitle: T\nlang: en\ndate: 2004-13-45\n---\nx", "invalid date '2004-13-45'", 4)]
    [InlineData("---\ntitle: T\nlang: fr\n---\nx", "unknown language 'fr'", 3)]
    [InlineData("---\nlang: en\n---\nx", "missing 'title'", 1)]
    [InlineData("---\ntitle: T\nlang: en\ntopics: [cooking]\n---\nx", "unknown topic 'cooking'", 4)]
    [InlineData("---\ntitle: T\nlang: en\nslug: Bad Slug\n---\nx", "slug 'Bad Slug'", 4)]
    [InlineData("---\ntitle: T\nlang: en\nslug: ../../etc\n---\nx", "slug '../../etc'", 4)]
    [InlineData("---\ntitle: T\nlang: en\nslug: index\n---\nx", "slug 'index' is reserved", 4)]
    [InlineData("---\ntitle: T\nlang: en\nkind: page\nslug: nul\n---\nx", "slug 'nul' is reserved", 5)]
    public void Bad_front_matter_values_are_errors_with_file_and_line(string page, string message, int line)
    {
        using var site = TempSite.CopyOfRepository();
        Assert.True(site.Build().Succeeded);
        var before = site.Read("output/en/index.html");
        site.Write("input/en/bad.md", page);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("input/en/bad.md", line), (error.File, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.Read("output/en/index.html"));
    }

    [Fact]
    public void A_page_carries_its_languages_object_and_a_page_from_the_cache_of_an_earlier_load_is_in_the_same_language()
    {
        using var site = TempSite.CopyOfRepository();
        var cache = new PageCache();
        var firstConfig = SiteConfigLoader.Load(site.Paths);
        var first = SiteLoader.Load(site.Paths, firstConfig, new DiagnosticBag(), cache);
        var secondConfig = SiteConfigLoader.Load(site.Paths);

        var second = SiteLoader.Load(site.Paths, secondConfig, new DiagnosticBag(), cache);

        Assert.NotEmpty(first.Pages);
        Assert.All(first.Pages, p => Assert.Same(firstConfig.Languages.Single(l => l.Code == p.Meta.Lang), p.Language));
        var english = secondConfig.Languages.Single(l => l.Code == "en");
        Assert.Equal(first.Pages.Count(p => p.Meta.Lang == "en"), second.Pages.Count(p => p.Language == english));
        Assert.Equal(second.BriefingsIn(english), second.Pages.Where(p => p.Kind == PageKind.Briefing && p.Language == english).OrderByDescending(p => p.SortDate).ThenBy(p => p.Slug, StringComparer.Ordinal));
    }

    [Fact]
    public void Two_pages_with_one_slug_name_both_files()
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("input/en/a/same.md", "---\ntitle: A\nlang: en\n---\nx");
        site.Write("input/en/b/same.md", "---\ntitle: B\nlang: en\n---\nx");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("input/en/a/same.md and input/en/b/same.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_key_used_twice_in_one_language_is_an_error()
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("input/en/other-about.md", "---\ntitle: A\nlang: en\nkind: page\ntranslation_key: about\n---\nx");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("translation_key 'about' is used twice in language 'en'", StringComparison.Ordinal));
    }
}
