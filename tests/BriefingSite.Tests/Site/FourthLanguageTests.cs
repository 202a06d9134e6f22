using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Site;

/// <summary>Adding a language to the three-language site takes one site.yml entry and one strings file, and nothing else.</summary>
public sealed class FourthLanguageTests
{
    private static readonly string FrenchStrings = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BriefingSite.Tests", "Site", "fr.yml"));

    [Fact]
    public void French_added_with_one_entry_and_one_strings_file_builds_with_every_link_resolving()
    {
        using var site = ThreeLanguageSiteWith("  - code: fr\n    culture: fr-FR\n", FrenchStrings);

        var result = site.Build(strict: true, import: false);

        Assert.True(result.Succeeded && result.WarningCount == 0, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var home = parser.ParseDocument(site.Read("output/fr/index.html"));
        Assert.Equal(("fr", "ltr"), (home.DocumentElement.GetAttribute("lang"), home.DocumentElement.GetAttribute("dir")));
        Assert.Contains("En persan", home.QuerySelectorAll(".badge").Select(b => b.TextContent.Trim()));
        var persian = parser.ParseDocument(site.Read("output/" + ThreeLanguageSite.Persian));
        Assert.Contains(persian.QuerySelectorAll(".language-switch a"), a => a.TextContent.Contains("français", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_string_names_the_file_and_the_key()
    {
        // French counts have a "many" form (1 000 000 de notes) that English does not.
        using var site = ThreeLanguageSiteWith("  - code: fr\n    culture: fr-FR\n", FrenchStrings.Replace("briefing_count_many: \"{n} de notes\"\n", "", StringComparison.Ordinal));

        var result = site.Build(import: false);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.File == "theme/i18n/fr.yml");
        Assert.Contains("missing briefing_count_many", error.Message, StringComparison.Ordinal);
    }

    private static TempSite ThreeLanguageSiteWith(string entry, string strings)
    {
        var site = TempSite.CopyOfRepository();
        ThreeLanguageSite.Prepare(site);
        ThreeLanguageSite.AddLanguage(site, entry);
        site.Write("theme/i18n/fr.yml", strings);
        return site;
    }
}
