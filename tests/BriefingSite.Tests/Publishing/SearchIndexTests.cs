using BriefingSite.Publishing.Search;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

/// <summary>Given the repository's site built, the search index is a small set of scripts holding every page of both languages.</summary>
public sealed class SearchIndexTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    [Fact]
    public void The_index_is_a_script_listing_every_briefing_and_page_of_both_languages()
    {
        var index = SearchOutput.Read(site.Site.Output).Index;
        var urls = index.GetProperty("docs").EnumerateArray().Select(d => (d.GetProperty("url").GetString()!, d.GetProperty("lang").GetString()!)).ToList();

        Assert.Contains(("ar/briefings/party-politics-in-iraq-where-to.html", "ar"), urls);
        Assert.Contains(("en/briefings/the-new-landscape-of-iranian-politics.html", "en"), urls);
        Assert.Contains(("ar/about.html", "ar"), urls);
        Assert.Contains(("en/about.html", "en"), urls);
        Assert.Equal("Arabic", index.GetProperty("languages").GetProperty("ar").GetProperty("names").GetProperty("en").GetString());
        Assert.Equal("rtl", index.GetProperty("languages").GetProperty("ar").GetProperty("dir").GetString());
    }

    [Fact]
    public void The_search_page_loads_the_index_file_the_writer_writes()
    {
        Assert.Equal(SearchIndexWriter.IndexPath, BriefingSite.Rendering.PageViewFactory.SearchScripts[0]);
        Assert.True(File.Exists(Path.Combine(site.Site.Output, SearchIndexWriter.IndexPath)));
    }

    [Theory]
    [InlineData("الانتخابات")]
    [InlineData("العراق")]
    [InlineData("الأحزاب")]
    public void Arabic_words_are_indexed_under_their_normalised_term_in_the_shard_of_its_prefix(string word)
    {
        var search = SearchOutput.Read(site.Site.Output);
        var arabic = search.Docs.ToList().FindIndex(d => d.GetProperty("url").GetString() == "ar/briefings/party-politics-in-iraq-where-to.html");
        var term = SearchNormaliser.Normalise(word);

        var key = search.Keys.Where(k => term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)!;
        Assert.Contains(arabic, search.Shards[key][term]);
    }

    [Fact]
    public void Every_listed_shard_exists_and_holds_exactly_the_terms_whose_longest_key_prefix_is_its_key()
    {
        var search = SearchOutput.Read(site.Site.Output);

        Assert.Equal(search.Keys.Order(StringComparer.Ordinal), search.Shards.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, terms) in search.Shards)
        {
            Assert.All(terms.Keys, term => Assert.Equal(key, search.Keys.Where(k => term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)));
        }
    }

    [Fact]
    public void The_index_stays_well_under_the_size_of_the_text_it_indexes()
    {
        // The pages' texts (text-<n>.js) are loaded only for shown results, one page each: not part of the index a search loads.
        var files = Directory.EnumerateFiles(Path.Combine(site.Site.Output, SearchIndexWriter.Folder)).ToLookup(f => Path.GetFileName(f).StartsWith("text-", StringComparison.Ordinal));
        var indexBytes = files[false].Sum(f => new FileInfo(f).Length);
        var pageTextBytes = files[true].Sum(f => new FileInfo(f).Length);
        var textBytes = Directory.EnumerateFiles(Path.Combine(site.Site.Root, "input"), "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.True(indexBytes < textBytes / 2, $"index {indexBytes} bytes for {textBytes} bytes of Markdown");
        Assert.True(pageTextBytes < textBytes * 1.2, $"page texts {pageTextBytes} bytes for {textBytes} bytes of Markdown");
    }
}
