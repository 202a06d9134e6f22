using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Config;

/// <summary>The importer's patterns in site.yml must have a known scope and compile, or loading the site names the pattern.</summary>
public sealed class ImportPatternTests
{
    [Theory]
    [InlineData("scope: page-number", "scope: paragraph", "import 'page number': scope must be one of block, line, line-start, page-number, tail, closing-page, not 'paragraph'")]
    [InlineData("- '[_ـ]{5,}'", "- '[_ـ{5,}'", "import 'note_headings': '[_ـ{5,}' is not a valid regular expression")]
    public void A_bad_import_pattern_is_an_error_naming_site_yml_and_the_pattern(string setting, string replacement, string message)
    {
        using var site = TempSite.CopyOfRepository();
        var config = site.Read("site.yml");
        Assert.Contains(setting, config, StringComparison.Ordinal);
        site.Write("site.yml", config.Replace(setting, replacement, StringComparison.Ordinal));

        var error = Assert.Throws<SiteException>(() => SiteConfigLoader.Load(site.Paths)).Diagnostic;

        Assert.Equal("site.yml", error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
