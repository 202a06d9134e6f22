using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Config;

/// <summary>The heading a web page's or Word file's notes are written under comes from site.yml and must be one the note rules read.</summary>
public sealed class NotesHeadingSettingTests
{
    [Fact]
    public void The_repository_site_yml_gives_a_heading_per_language()
    {
        var config = SiteConfigLoader.Load(SitePaths.ForRoot(RepoPaths.Root));

        Assert.Equal(("الهوامش", "یادداشت‌ها", "Notes", "Notes"), (config.Import.NotesHeadingFor("ar"), config.Import.NotesHeadingFor("fa"), config.Import.NotesHeadingFor("en"), config.Import.NotesHeadingFor("ku")));
    }

    [Theory]
    [InlineData("  notes_heading:\n    default: Notes\n    ar: ملاحظات ختامية\n", "'ملاحظات ختامية' matches none of 'note_headings'")]
    [InlineData("  notes_heading:\n    ar: الهوامش\n", "needs a 'default' entry")]
    public void A_heading_the_note_rules_would_not_read_is_refused(string yaml, string message)
    {
        using var site = TempSite.Empty();
        site.Write("site.yml", "base_url: https://example.org/\ndefault_language: en\nlanguages:\n  - code: en\n    name: English\n    direction: ltr\nimport:\n" + yaml);

        var error = Assert.Throws<SiteException>(() => SiteConfigLoader.Load(site.Paths));

        Assert.Contains(message, error.Diagnostic.Message, StringComparison.Ordinal);
    }
}
