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
    public void A_page_carries_the_one_object_of_its_language_also_when_it_comes_from_the_cache_of_an_earlier_load()
    {
        using var site = TempSite.CopyOfRepository();
        var cache = new PageCache();
        for (var load = 0; load < 2; load++)
        {
            var config = SiteConfigLoader.Load(site.Paths);

            var loaded = SiteLoader.Load(site.Paths, config, new DiagnosticBag(), cache);

            Assert.NotEmpty(loaded.Pages);
            Assert.All(loaded.Pages, p => Assert.Same(config.Languages.Single(l => l.Code == p.Meta.Lang), p.Language));
        }
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
