using System.Text.RegularExpressions;
using BriefingSite.Cli.Serve;
using BriefingSite.Tests.Publishing;
using BriefingSite.Tests.Support;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Given the built site opened from disk (file://) with every other request aborted, or served
/// under /briefings/ on 127.0.0.1, a reader reaches every page through links alone, in both
/// languages, and can search in each language.
/// </summary>
public sealed class OfflineSiteTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private string Output => chromium.Site.Site.Output;

    [Fact]
    public async Task From_disk_every_page_is_reachable_by_links_with_no_outside_request_and_no_dead_end()
    {
        var walker = new OfflineWalker(chromium.Browser, new Uri(Output + Path.DirectorySeparatorChar).AbsoluteUri);

        await walker.WalkAsync("index.html");

        Assert.Empty(walker.DeadEnds);
        Assert.Empty(walker.OutsideRequests);
        Assert.Equal(AllPages(), walker.Visited);
    }

    [Fact]
    public async Task Under_a_sub_path_on_127_0_0_1_the_same_walk_reaches_every_page()
    {
        await using var server = await PreviewServer.StartAsync(Output, port: 0, pathBase: "/briefings", liveReload: false);
        var walker = new OfflineWalker(chromium.Browser, server.Url);

        await walker.WalkAsync("index.html");
        await SearchAsync(walker, server.Url, "ar/search.html", "الانتخابات", "ar/briefings/party-politics-in-iraq-where-to.html");
        await SearchAsync(walker, server.Url, "en/search.html", "elections", "en/briefings/the-new-landscape-of-iranian-politics.html");

        Assert.Empty(walker.DeadEnds);
        Assert.Empty(walker.OutsideRequests);
        Assert.Equal(AllPages(), walker.Visited);
    }

    [Fact]
    public async Task The_walk_reports_a_missing_page_as_a_dead_end_and_counts_an_outside_request()
    {
        using var broken = TempSite.Empty();
        TempSite.CopyFolder(Output, broken.Output);
        File.Delete(Path.Combine(broken.Output, "en", "about.html"));
        var home = Path.Combine(broken.Output, "ar", "index.html");
        // The site's Content-Security-Policy would block the image before any request; this checks the walker, so drop it here.
        var doctored = Regex.Replace(File.ReadAllText(home), "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
        File.WriteAllText(home, doctored.Replace("</main>", "<img src=\"https://example.org/pixel.png\" alt=\"\"></main>", StringComparison.Ordinal));
        var walker = new OfflineWalker(chromium.Browser, new Uri(broken.Output + Path.DirectorySeparatorChar).AbsoluteUri);

        await walker.WalkAsync("index.html");

        Assert.Contains(walker.DeadEnds, d => d.Contains("→ en/about.html", StringComparison.Ordinal));
        Assert.Equal(["https://example.org/pixel.png"], walker.OutsideRequests.Distinct());
    }

    [Theory]
    [InlineData("ar/search.html", "الانتخابات", "ar/briefings/party-politics-in-iraq-where-to.html", "العربية")]
    [InlineData("ar/search.html", "عراق", "ar/briefings/party-politics-in-iraq-where-to.html", "العربية")]
    [InlineData("en/search.html", "Tehran reformists", "en/briefings/the-new-landscape-of-iranian-politics.html", "English")]
    [InlineData("en/search.html", "العراق", "ar/briefings/party-politics-in-iraq-where-to.html", "Arabic")]
    public async Task Search_works_from_disk_in_each_language_and_labels_results_by_language(string searchPage, string query, string expected, string label)
    {
        var walker = new OfflineWalker(chromium.Browser, new Uri(Output + Path.DirectorySeparatorChar).AbsoluteUri);
        var context = await walker.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl(searchPage));

        await page.FillAsync("#search-query", query);
        await page.PressAsync("#search-query", "Enter");

        var result = page.Locator($"#search-results li:has(a[href$='{expected}'])");
        await Assertions.Expect(result).ToHaveCountAsync(1);
        Assert.Equal(label, await result.Locator(".search-results__language").TextContentAsync());
        Assert.Equal(expected[..2], await result.Locator("a").GetAttributeAsync("lang"));

        await result.Locator("a").ClickAsync();
        Assert.Equal(chromium.FileUrl(expected), page.Url);
        Assert.Empty(walker.OutsideRequests);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_result_in_another_language_shows_its_abstract_in_the_readers_language()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl("ar/search.html") + "?q=" + Uri.EscapeDataString("ميدل"));

        var result = page.Locator("#search-results li:has(a[href$='en/briefings/the-new-landscape-of-iranian-politics.html'])");
        await Assertions.Expect(result).ToHaveCountAsync(1);
        var snippet = result.Locator("p");
        Assert.Equal("ar", await snippet.GetAttributeAsync("lang"));
        Assert.Contains("ميدل إيست ريبورت", await snippet.TextContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_query_in_the_address_runs_on_load_and_no_match_says_so()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl("en/search.html") + "?q=xyzzy");

        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("No briefings match.");
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_search_page_says_where_else_to_find_briefings()
    {
        var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl("en/search.html"));

        Assert.Contains("needs JavaScript", await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_browser_normaliser_gives_the_terms_of_the_shared_table()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(chromium.FileUrl("ar/search.html"));
        var words = NormalisationTable.Words.Select(w => w.Word).ToArray();

        var terms = await page.EvaluateAsync<string[]>("words => words.map(w => window.briefingSearch.normalise(w))", words);
        var texts = await page.EvaluateAsync<string[][]>("texts => texts.map(t => window.briefingSearch.terms(t))", NormalisationTable.Texts.Select(t => t.Text).ToArray());

        var wrong = NormalisationTable.Words.Zip(terms).Where(p => p.First.Term != p.Second).Select(p => $"{p.First.Word}: expected {p.First.Term}, got {p.Second}").ToList();
        Assert.Empty(wrong);
        Assert.Equal(NormalisationTable.Texts.Select(t => t.Terms), texts);
        await page.Context.CloseAsync();
    }

    /// <summary>Searches on one search page and follows the expected result.</summary>
    private static async Task SearchAsync(OfflineWalker walker, string site, string searchPage, string query, string expected)
    {
        var context = await walker.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site + searchPage);
        await page.FillAsync("#search-query", query);
        await page.PressAsync("#search-query", "Enter");
        await page.Locator($"#search-results a[href$='{expected}']").ClickAsync();
        Assert.Equal(site + expected, page.Url);
        await context.CloseAsync();
    }

    /// <summary>Every page of the output but 404.html, which no page links to.</summary>
    private SortedSet<string> AllPages() =>
        new(Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Where(p => p != "404.html"), StringComparer.Ordinal);
}
