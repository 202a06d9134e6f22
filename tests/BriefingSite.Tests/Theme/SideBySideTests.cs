using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Theme;

/// <summary>Given a briefing written in both languages, then each language gets a side-by-side page, sections aligned.</summary>
public sealed class SideBySideTests(TranslatedPairSite pair) : IClassFixture<TranslatedPairSite>
{
    [Fact]
    public void The_pair_builds()
    {
        Assert.True(pair.Result.Succeeded, string.Join("\n", pair.Result.Diagnostics));
    }

    [Theory]
    [InlineData(TranslatedPairSite.ArabicSideBySide, "ar", "en")]
    [InlineData(TranslatedPairSite.EnglishSideBySide, "en", "ar")]
    public void Each_row_holds_the_same_section_in_both_languages_page_language_first(string path, string first, string second)
    {
        var page = Parse(path);
        var rows = page.QuerySelectorAll(".side-by-side__row:not(.side-by-side__head)");

        Assert.Equal(3, rows.Length);
        Assert.All(rows, row => Assert.Equal([first, second], row.QuerySelectorAll(".side-by-side__cell").Select(c => c.GetAttribute("lang"))));
        Assert.Equal(2, rows[1].QuerySelectorAll("h2").Length);
        Assert.Equal(2, rows[2].QuerySelectorAll("h2").Length);
    }

    [Fact]
    public void Ids_stay_unique_with_two_languages_on_one_page()
    {
        var ids = Parse(TranslatedPairSite.ArabicSideBySide).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("en-dams", ids);
    }

    [Fact]
    public void The_briefing_links_to_its_side_by_side_view_and_the_switcher_to_its_twin()
    {
        var page = Parse(TranslatedPairSite.Arabic);
        Assert.Equal("../side-by-side/water-and-the-tigris.html", page.QuerySelector(".briefing__side-by-side a")!.GetAttribute("href"));
        Assert.Equal("../../en/briefings/water-and-the-tigris.html", page.QuerySelector(".language-switch a")!.GetAttribute("href"));
        Assert.Equal("../../en/side-by-side/water-and-the-tigris.html", Parse(TranslatedPairSite.ArabicSideBySide).QuerySelector(".language-switch a")!.GetAttribute("href"));
    }

    [Fact]
    public void Dates_of_the_pair_use_each_culture()
    {
        Assert.Equal("14 تموز 2024", Parse(TranslatedPairSite.Arabic).QuerySelector(".briefing__facts time")!.TextContent);
        Assert.Equal("14 July 2024", Parse(TranslatedPairSite.English).QuerySelector(".briefing__facts time")!.TextContent);
    }

    private IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(pair.Output, path)));
}
