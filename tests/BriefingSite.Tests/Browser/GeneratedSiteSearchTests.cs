using BriefingSite.Publishing.Search;
using BriefingSite.Tests.Support;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Given a site of a few hundred generated briefings, the index is split into bounded shards and
/// the sharded search in Chromium returns exactly what the one-file search returned, in order.
/// </summary>
public sealed class GeneratedSiteSearchTests(GeneratedSiteFixture generated) : IClassFixture<GeneratedSiteFixture>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string Output => generated.Site.Output;

    [Fact]
    public void Every_shard_stays_under_the_bound_and_a_query_needs_a_small_part_of_the_index()
    {
        var search = SearchOutput.Read(Output);
        var files = search.Keys.ToDictionary(k => k, k => new FileInfo(Path.Combine(Output, SearchIndexWriter.ShardPath(k))).Length);

        Assert.Equal(search.Keys.Order(StringComparer.Ordinal), search.Shards.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.True(f.Value <= SearchShardPlanner.DefaultMaxBytes || search.Shards[f.Key].Count == 1, $"shard {f.Key}: {f.Value} bytes"));
        Assert.True(files.Count > 40, $"{files.Count} shards");
        Assert.True(files.Values.Max() * 10 < files.Values.Sum(), $"largest shard {files.Values.Max()} of {files.Values.Sum()} bytes");
    }

    [Fact]
    public async Task The_sharded_search_returns_what_the_one_file_search_returned()
    {
        var search = SearchOutput.Read(Output);
        var queries = Queries(search);
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(Output, "en/search.html")).AbsoluteUri);
        var docs = search.Docs.Select(d => new { url = d.GetProperty("url").GetString(), title = d.GetProperty("title").GetString() }).ToArray();

        foreach (var query in queries)
        {
            var legacy = await page.EvaluateAsync<string[]>(LegacySearch.Function, new { postings = search.AllTerms, docs, query });
            var sharded = await page.EvaluateAsync<string[]>("q => window.briefingSearch.search(q).then(r => r.map(d => d.url))", query);
            Assert.True(legacy.SequenceEqual(sharded), $"query '{query}': {legacy.Length} results before, {sharded.Length} now");
        }

        Assert.Contains(queries, q => q.Length == 1);
    }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumLaunch.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>One-letter queries, title words whole and cut short, two-word queries, articles and nonsense.</summary>
    private static List<string> Queries(SearchOutput search)
    {
        var titles = search.Docs.Select(d => d.GetProperty("title").GetString()!).Where((_, i) => i % 37 == 0).ToList();
        var words = titles.SelectMany(t => t.Split(' ')).Where(w => w.Length > 2).Distinct(StringComparer.Ordinal).Take(30).ToList();
        return
        [
            "a", "t", "ا", "ع", "ال", "و",
            .. words,
            .. words.Select(w => w[..2]),
            .. words.Zip(words.Skip(1), (a, b) => a + " " + b),
            .. words.Where(w => w.Any(c => c is >= '\u0621' and <= '\u064A')).Select(w => "وال" + w),
            "xyzzy", "Ba", "AN", "الأحزاب السياسية", "",
        ];
    }
}
