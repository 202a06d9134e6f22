using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import;

/// <summary><c>import: slugs</c> in site.yml: native-script slugs build a site whose links resolve; anything else is refused.</summary>
public sealed class SlugSettingTests
{
    private const string ArabicSeed = "ar_translations-state_press-secretary-2019-11-04_web.txt";

    [Fact]
    public void Native_slugs_give_arabic_file_names_that_every_link_reaches()
    {
        using var site = SiteWithSlugs("native");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Root, "input/ar/briefings/بيان-من-السكرتير-الصحفي.md")));
        Assert.True(File.Exists(Path.Combine(site.Output, "ar/briefings/بيان-من-السكرتير-الصحفي.html")));
        Assert.Contains("href=\"بيان-من-السكرتير-الصحفي.html\"", site.Read("output/ar/briefings/index.html"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "input/ar/briefings/party-politics-in-iraq-where-to.md")), "a slug in seeds.yml still wins");
    }

    [Fact]
    public void Latin_slugs_write_arabic_titles_out_keeping_word_shapes()
    {
        using var site = SiteWithSlugs("latin");
        Assert.True(site.Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Root, "input/ar/briefings/byan-mn-al-skrtir-al-shfi.md")));
    }

    [Fact]
    public void An_unknown_slug_setting_is_an_error_in_site_yml()
    {
        using var site = SiteWithSlugs("cyrillic");
        var (code, _, errors) = CliRunner.Run("import", "--root", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("site.yml: error: import: slugs must be 'latin' or 'native', not 'cyrillic'", errors, StringComparison.Ordinal);
    }

    private static TempSite SiteWithSlugs(string setting)
    {
        var site = TempSite.CopyOfRepository(withInput: false);
        site.Write("seeds/" + ArabicSeed, File.ReadAllText(Path.Combine(RepoPaths.Root, "tests/BriefingSite.Tests/Import/Texts", ArabicSeed)));
        site.Write("site.yml", site.Read("site.yml").Replace("  slugs: latin\n", $"  slugs: {setting}\n", StringComparison.Ordinal));
        return site;
    }
}
