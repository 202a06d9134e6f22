using System.Text.Json;
using System.Xml.Linq;
using BriefingSite.Tests.Support;
using Microsoft.Playwright;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Given a briefing whose title is a script tag, the feeds, the sitemap and the search index carry
/// it as data, and a search that finds it in Chromium shows it as text and runs nothing.
/// (The HTML pages are covered by TemplateEscapingTests.)
/// </summary>
public sealed class HostileContentEverywhereTests : IDisposable
{
    private const string Hostile = "<script>alert(1)</script>\"'&";
    private readonly TempSite _site = TempSite.CopyOfRepository();

    public HostileContentEverywhereTests()
    {
        _site.Write("input/en/briefings/hostile.md",
            $"---\ntitle: '{Hostile.Replace("'", "''", StringComparison.Ordinal)}'\nlang: en\ndate: 2024-01-02\nauthors: [\"<img src=x onerror=alert(2)>\"]\nsummary: \"alert hostile summary <b>\"\ntopics: [iran]\n---\n\nHostile body text.\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("en/feed.xml")]
    public void Feeds_carry_the_title_as_text(string feed)
    {
        var document = XDocument.Load(Path.Combine(_site.Output, feed));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = document.Descendants(atom + "entry").Select(e => (string?)e.Element(atom + "title")).ToList();
        Assert.Contains(Hostile, titles);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "img");
    }

    [Fact]
    public void The_search_index_carries_the_title_as_a_json_string()
    {
        var index = SearchOutput.Read(_site.Output).Index;
        var strings = AllStrings(index).ToList();
        Assert.Contains(Hostile, strings);
    }

    [Fact]
    public async Task Searching_for_it_shows_the_title_as_text_and_runs_no_script()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumLaunch.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync(new Uri(Path.Combine(_site.Output, "en/search.html")).AbsoluteUri + "?q=hostile");

        var link = page.Locator("#search-results a", new() { HasText = "alert(1)" });
        await Assertions.Expect(link).ToHaveCountAsync(1);
        Assert.Equal(Hostile, await link.TextContentAsync());
        Assert.Equal(0, await page.Locator("#search-results script, #search-results img, #search-results b").CountAsync());
        Assert.Equal(0, dialogs);
    }

    public void Dispose() => _site.Dispose();

    private static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllStrings(p.Value)),
        _ => [],
    };
}
