using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

/// <summary>
/// Given many briefings on one topic, a briefing page and a home page list a bounded number of
/// cards: pages must not grow with the archive (at 10,000 briefings they reached 500 KB each).
/// </summary>
public sealed class ListingSizeTests
{
    private const int PerLanguage = 15;

    [Fact]
    public void Related_briefings_the_missing_translation_note_and_the_home_lists_are_capped()
    {
        using var site = TempSite.CopyOfRepository();
        for (var i = 0; i < PerLanguage; i++)
        {
            site.Write($"input/en/briefings/iran-{i:00}.md", $"---\ntitle: Iran briefing {i}\nlang: en\ndate: 2020-01-{i + 1:00}\ntopics: [iran, elections]\n---\n\nText {i}.\n");
            site.Write($"input/ar/briefings/iran-{i:00}.md", $"---\ntitle: ورقة عن إيران {i}\nlang: ar\ndate: 2020-01-{i + 1:00}\ntopics: [iran, elections]\n---\n\nنص {i}.\n");
        }

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var briefing = parser.ParseDocument(site.Read("output/en/briefings/iran-03.html"));
        var related = briefing.QuerySelectorAll(".related .card");
        Assert.InRange(related.Length, 2, 2 * BriefingSite.Content.Site.RelatedLimit);
        Assert.Contains(related, card => card.QuerySelector("a")!.GetAttribute("href")!.Contains("/ar/", StringComparison.Ordinal));
        var suggested = briefing.QuerySelectorAll(".no-translation li a").Select(a => a.GetAttribute("href"));
        Assert.DoesNotContain(suggested, href => related.Any(card => card.QuerySelector("a")!.GetAttribute("href") == href));

        var home = parser.ParseDocument(site.Read("output/en/index.html"));
        Assert.InRange(home.QuerySelectorAll(".card--other-language").Length, 1, 20);
    }

    [Fact]
    public void Listing_pages_and_feeds_stay_the_same_size_when_the_archive_grows_fivefold()
    {
        var small = LargestListingFiles(PerLanguage);
        var large = LargestListingFiles(5 * PerLanguage);

        Assert.Equal(small.Keys.Order(), large.Keys.Order());
        foreach (var (kind, bytes) in large)
        {
            // Page numbers gain a digit and the page navigation names a few more pages; nothing more.
            Assert.True(bytes <= small[kind] * 1.1, $"{kind}: {small[kind]} bytes with {PerLanguage} briefings per language, {bytes} with {5 * PerLanguage}");
        }
    }

    /// <summary>Builds a site with <paramref name="perLanguage"/> briefings on one topic per language; the largest file of each listing kind.</summary>
    private static Dictionary<string, long> LargestListingFiles(int perLanguage)
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("site.yml", site.Read("site.yml").Replace("list_page_size: 20", "list_page_size: 5", StringComparison.Ordinal).Replace("feed_limit: 50", "feed_limit: 5", StringComparison.Ordinal));
        for (var i = 0; i < perLanguage; i++)
        {
            var date = new DateOnly(2030, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            site.Write($"input/en/briefings/iran-{i:000}.md", $"---\ntitle: Iran briefing {i:000}\nlang: en\ndate: {date}\ntopics: [iran]\n---\n\nText {i}.\n");
            site.Write($"input/ar/briefings/iran-{i:000}.md", $"---\ntitle: ورقة عن إيران {i:000}\nlang: ar\ndate: {date}\ntopics: [iran]\n---\n\nنص {i}.\n");
        }

        Assert.True(site.Build(import: false).Succeeded);
        var output = site.Output;
        long Largest(string folder, string pattern) =>
            Directory.EnumerateFiles(Path.Combine(output, folder), pattern, SearchOption.AllDirectories).Max(f => new FileInfo(f).Length);
        return new()
        {
            ["briefing index, page 1"] = new FileInfo(Path.Combine(output, "en", "briefings", "index.html")).Length,
            ["briefing index, later pages"] = Largest("en/briefings/page", "*.html"),
            ["topic, page 1"] = new FileInfo(Path.Combine(output, "ar", "topics", "iran.html")).Length,
            ["topic, later pages"] = Largest("ar/topics/iran/page", "*.html"),
            ["feeds"] = Largest(".", "feed.xml"),
        };
    }
}

/// <summary>A briefing's reading time is one figure: the same on its card and on its own page.</summary>
public sealed class ReadingTimeTests
{
    [Fact]
    public void The_card_and_the_page_give_the_same_reading_time()
    {
        using var site = TempSite.CopyOfRepository();
        // Link addresses are words to a raw count and not to a rendered one: the two used to disagree here.
        var links = string.Join("\n\n", Enumerable.Range(0, 300).Select(i => $"See [note {i}](https://example.org/a/b/c/d/e/{i})."));
        site.Write("input/en/briefings/links.md", $"---\ntitle: Many links\nlang: en\ndate: 2030-01-01\n---\n\n{links}\n");

        Assert.True(site.Build().Succeeded);

        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var card = parser.ParseDocument(site.Read("output/en/index.html")).QuerySelectorAll("article.card")
            .Single(c => c.QuerySelector("a")!.GetAttribute("href") == "briefings/links.html");
        var page = parser.ParseDocument(site.Read("output/en/briefings/links.html"));
        var cardTime = card.QuerySelector(".card__meta")!.TextContent;
        var pageTime = page.QuerySelector(".briefing__facts")!.TextContent;
        var minutes = System.Text.RegularExpressions.Regex.Match(pageTime, @"(\d+) minutes").Groups[1].Value;
        Assert.NotEmpty(minutes);
        Assert.Contains($"{minutes} min read", cardTime, StringComparison.Ordinal);
    }
}
