using System.Text.Json;
using BriefingSite.Publishing.Search;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

/// <summary>Given the repository's site built, the search index is a small script holding every page of both languages.</summary>
public sealed class SearchIndexTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private const string Prefix = "window.BRIEFING_SEARCH_INDEX = ";

    [Fact]
    public void The_index_is_a_script_listing_every_briefing_and_page_of_both_languages()
    {
        var index = Index();
        var urls = index.GetProperty("docs").EnumerateArray().Select(d => (d.GetProperty("url").GetString()!, d.GetProperty("lang").GetString()!)).ToList();

        Assert.Contains(("ar/briefings/party-politics-in-iraq-where-to.html", "ar"), urls);
        Assert.Contains(("en/briefings/the-new-landscape-of-iranian-politics.html", "en"), urls);
        Assert.Contains(("ar/about.html", "ar"), urls);
        Assert.Contains(("en/about.html", "en"), urls);
        Assert.Equal("Arabic", index.GetProperty("languages").GetProperty("ar").GetProperty("names").GetProperty("en").GetString());
        Assert.Equal("rtl", index.GetProperty("languages").GetProperty("ar").GetProperty("dir").GetString());
    }

    [Theory]
    [InlineData("الانتخابات")]
    [InlineData("العراق")]
    [InlineData("الأحزاب")]
    public void Arabic_words_are_indexed_under_their_normalised_term_for_the_arabic_briefing(string word)
    {
        var index = Index();
        var arabic = index.GetProperty("docs").EnumerateArray().ToList().FindIndex(d => d.GetProperty("url").GetString() == "ar/briefings/party-politics-in-iraq-where-to.html");
        var term = SearchNormaliser.Normalise(word);

        var holders = index.GetProperty("terms").EnumerateObject()
            .Where(group => group.Value.GetString()!.Split(' ').Contains(term))
            .SelectMany(group => group.Name.Split(',').Select(int.Parse));
        Assert.Contains(arabic, holders);
    }

    [Fact]
    public void The_index_stays_well_under_the_size_of_the_text_it_indexes()
    {
        var indexBytes = new FileInfo(Path.Combine(site.Site.Output, SearchIndexWriter.OutputPath)).Length;
        var textBytes = Directory.EnumerateFiles(Path.Combine(site.Site.Root, "input"), "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.True(indexBytes < textBytes / 2, $"index {indexBytes} bytes for {textBytes} bytes of Markdown");
    }

    private JsonElement Index()
    {
        var script = File.ReadAllText(Path.Combine(site.Site.Output, SearchIndexWriter.OutputPath));
        Assert.StartsWith(Prefix, script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[Prefix.Length..].TrimEnd().TrimEnd(';')).RootElement;
    }
}
