using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Tests.Content;

/// <summary>The one-pass related finder gives the first few of the full sort: most shared topics, then newest, then slug.</summary>
public sealed class RelatedFinderTests
{
    // One object per language, as the site loader gives every page of a language the same one.
    private static readonly LanguageConfig Arabic = new() { Code = "ar" };
    private static readonly LanguageConfig English = new() { Code = "en" };
    private static readonly string[] Topics = ["iraq", "iran", "political-parties", "elections", "democratization"];

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 1)]
    [InlineData(3, 6)]
    [InlineData(4, 50)]
    public void Related_briefings_are_the_top_of_the_full_sort(int seed, int limit)
    {
        var random = new Random(seed);
        var pages = Enumerable.Range(0, 300).Select(i => Briefing(random, i)).ToList();
        var newestFirst = pages.OrderByDescending(p => p.SortDate).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

        foreach (var page in pages.Take(40))
        {
            var expected = pages
                .Where(p => p.Language != page.Language && !(p.Meta.TranslationKey is not null && p.Meta.TranslationKey == page.Meta.TranslationKey))
                .Select(p => (Page: p, Shared: p.Meta.Topics.Intersect(page.Meta.Topics).Count()))
                .Where(x => x.Shared > 0)
                .OrderByDescending(x => x.Shared)
                .ThenByDescending(x => x.Page.SortDate)
                .ThenBy(x => x.Page.Slug, StringComparer.Ordinal)
                .Select(x => x.Page)
                .Take(limit);

            Assert.Equal(expected, RelatedFinder.Find(page, newestFirst, limit));
        }
    }

    [Fact]
    public void A_briefing_without_topics_has_no_related_briefings()
    {
        var random = new Random(7);
        var pages = Enumerable.Range(0, 20).Select(i => Briefing(random, i)).ToList();
        var lonely = pages[0] with { Meta = pages[0].Meta with { Topics = [] } };

        Assert.Empty(RelatedFinder.Find(lonely, pages, 6));
    }

    private static Page Briefing(Random random, int index)
    {
        var language = index % 2 == 0 ? Arabic : English;
        var topics = Topics.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        var meta = new FrontMatter
        {
            Title = $"Briefing {index}",
            Lang = language.Code,
            TranslationKey = index % 3 == 0 ? $"pair-{index / 6}" : null,
            Topics = topics,
        };
        var date = new DateOnly(2000, 1, 1).AddDays(random.Next(0, 40));
        return new Page($"input/{language.Code}/briefings/b{index}.md", language, $"b-{index:D3}", PageKind.Briefing, meta, PageBody.InMemory("text"), 1, date);
    }
}
