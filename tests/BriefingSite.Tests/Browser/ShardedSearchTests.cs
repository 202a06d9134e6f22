using BriefingSite.Publishing.Search;
using BriefingSite.Tests.Support;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Given the repository's site opened from disk, a search loads only the term shards its query
/// needs (by inserting script tags, no fetch) and finds what the one-file index found.
/// </summary>
public sealed class ShardedSearchTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private SearchOutput Search => SearchOutput.Read(chromium.Site.Site.Output);

    [Fact]
    public async Task A_query_whose_terms_live_in_two_shards_loads_both_and_nothing_else()
    {
        var (urls, shards) = await SearchAsync("en/search.html", "Tehran reformists");

        Assert.Equal(ExpectedShards("tehran", "reformist"), shards);
        Assert.Equal(2, shards.Select(s => s[0]).Distinct().Count());
        Assert.Contains("en/briefings/the-new-landscape-of-iranian-politics.html", urls);
        Assert.Equal(await LegacyAsync("Tehran reformists"), urls);
    }

    [Fact]
    public async Task A_one_letter_query_loads_every_shard_of_that_letter_and_matches_the_old_search()
    {
        var (urls, shards) = await SearchAsync("en/search.html", "t");

        Assert.Equal(Search.Keys.Where(k => k.StartsWith('t')).Order(StringComparer.Ordinal), shards);
        Assert.NotEmpty(urls);
        Assert.Equal(await LegacyAsync("t"), urls);
    }

    [Fact]
    public async Task A_query_with_no_shard_loads_nothing_and_finds_nothing()
    {
        var letter = "xzqjvk".First(c => !Search.Keys.Any(k => k[0] == c)).ToString();

        var (urls, shards) = await SearchAsync("en/search.html", letter + "yzzy");

        Assert.Empty(shards);
        Assert.Empty(urls);
    }

    [Fact]
    public async Task An_arabic_query_is_normalised_before_its_shard_is_chosen()
    {
        var term = SearchNormaliser.Normalise("الانتخابات");

        var (urls, shards) = await SearchAsync("ar/search.html", "الانتخابات");

        Assert.Equal("انتخاب", term);
        Assert.Equal(ExpectedShards(term), shards);
        Assert.Contains("ar/briefings/party-politics-in-iraq-where-to.html", urls);
        Assert.Equal(await LegacyAsync("الانتخابات"), urls);
    }

    private string[] ExpectedShards(params string[] terms) =>
        [.. Search.Keys.Where(k => terms.Any(t => t.StartsWith(k, StringComparison.Ordinal) || k.StartsWith(t, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];

    /// <summary>Types the query on the search page; returns the result links and the keys of the shards the page loaded.</summary>
    private async Task<(string[] Urls, string[] Shards)> SearchAsync(string searchPage, string query)
    {
        var page = await chromium.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync(chromium.FileUrl(searchPage));
        await page.FillAsync("#search-query", query);
        await page.PressAsync("#search-query", "Enter");
        await Assertions.Expect(page.Locator("#search-status")).Not.ToBeEmptyAsync();
        var hrefs = await page.Locator("#search-results a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        await page.Context.CloseAsync();
        var byFile = Search.Keys.ToDictionary(k => new Uri(Path.Combine(chromium.Site.Site.Output, SearchIndexWriter.ShardPath(k))).AbsoluteUri, k => k);
        return ([.. hrefs.Select(h => h[3..])], [.. requested.Where(byFile.ContainsKey).Select(u => byFile[u]).Order(StringComparer.Ordinal)]);
    }

    private async Task<string[]> LegacyAsync(string query)
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl("en/search.html"));
        var search = Search;
        var urls = await page.EvaluateAsync<string[]>(LegacySearch.Function, new { postings = search.AllTerms, docs = search.Docs.Select(d => new { url = d.GetProperty("url").GetString(), title = d.GetProperty("title").GetString() }), query });
        await page.Context.CloseAsync();
        return urls;
    }
}
