using BriefingSite.Config;

namespace BriefingSite.Content;

/// <summary>
/// Everything loaded before anything is rendered: both languages, the translation map and
/// topics. Rendering is a pure function of this model. Lookups are computed once here, so a
/// page's render never scans the whole site.
/// </summary>
public sealed class Site
{
    /// <summary>How many briefings in other languages a briefing page lists as related.</summary>
    public const int RelatedLimit = 6;

    private readonly Dictionary<string, IReadOnlyList<Page>> _briefingsByLanguage;
    private readonly Dictionary<(string Key, string Language), Page> _translations;
    private readonly Dictionary<string, IReadOnlyList<Page>> _briefingsByTopic;
    private readonly Dictionary<(string Language, string Slug), Page> _fixedPages;

    public Site(SiteConfig config, IReadOnlyList<Page> pages)
    {
        Config = config;
        Pages = pages;
        AllBriefings = [.. pages
            .Where(p => p.Kind == PageKind.Briefing)
            .OrderByDescending(p => p.SortDate)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)];
        _briefingsByLanguage = config.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<Page>)[.. AllBriefings.Where(p => p.Language.Code == l.Code)]);
        _translations = pages
            .Where(p => p.Meta.TranslationKey is not null)
            .GroupBy(p => (p.Meta.TranslationKey!, p.Language.Code))
            .ToDictionary(g => g.Key, g => g.First());
        _briefingsByTopic = config.Topics.ToDictionary(
            t => t.Id,
            t => (IReadOnlyList<Page>)[.. AllBriefings.Where(p => p.Meta.Topics.Contains(t.Id))],
            StringComparer.Ordinal);
        UsedTopics = [.. config.Topics.Where(t => _briefingsByTopic[t.Id].Count > 0)];
        _fixedPages = pages
            .Where(p => p.Kind == PageKind.Page)
            .GroupBy(p => (p.Language.Code, p.Slug))
            .ToDictionary(g => g.Key, g => g.First());
    }

    private Site(Site before, Dictionary<Page, Page> edited)
    {
        Config = before.Config;
        Pages = Swap(before.Pages, edited);
        AllBriefings = Swap(before.AllBriefings, edited);
        _briefingsByLanguage = before._briefingsByLanguage.ToDictionary(e => e.Key, e => (IReadOnlyList<Page>)Swap(e.Value, edited));
        _briefingsByTopic = before._briefingsByTopic.ToDictionary(e => e.Key, e => (IReadOnlyList<Page>)Swap(e.Value, edited), StringComparer.Ordinal);
        UsedTopics = before.UsedTopics;
        _translations = new Dictionary<(string Key, string Language), Page>(before._translations);
        _fixedPages = new Dictionary<(string Language, string Slug), Page>(before._fixedPages);
        foreach (var (old, now) in edited)
        {
            if (old.Meta.TranslationKey is { } key && ReferenceEquals(_translations.GetValueOrDefault((key, old.Language.Code)), old))
            {
                _translations[(key, old.Language.Code)] = now;
            }

            if (ReferenceEquals(_fixedPages.GetValueOrDefault((old.Language.Code, old.Slug)), old))
            {
                _fixedPages[(old.Language.Code, old.Slug)] = now;
            }
        }
    }

    /// <summary>
    /// This site with some pages replaced by edited versions (old page to new, by reference) that keep
    /// their place (<see cref="PagePlace"/>): every list keeps its order, so the lists are copied with the
    /// new pages swapped in instead of sorted and grouped again (serve's update of an archive-sized site).
    /// </summary>
    public Site Replacing(IReadOnlyDictionary<Page, Page> edited)
    {
        if (edited.Any(e => !PagePlace.Same(e.Key, e.Value)))
        {
            throw new ArgumentException("an edited page must keep its place", nameof(edited));
        }

        // By reference: the edited pages are these objects, and two loads of one file are different pages.
        return new Site(this, new Dictionary<Page, Page>(edited, ReferenceEqualityComparer.Instance));
    }

    public SiteConfig Config { get; }

    public IReadOnlyList<Page> Pages { get; }

    public IEnumerable<LanguageConfig> Languages => Config.Languages;

    /// <summary>Briefings in one language, newest first.</summary>
    public IReadOnlyList<Page> BriefingsIn(LanguageConfig language) =>
        _briefingsByLanguage.TryGetValue(language.Code, out var list) ? list : [];

    /// <summary>All briefings in all languages, newest first.</summary>
    public IReadOnlyList<Page> AllBriefings { get; }

    /// <summary>The same page in <paramref name="language"/>, if one shares its translation key.</summary>
    public Page? TranslationOf(Page page, LanguageConfig language) =>
        page.Meta.TranslationKey is { } key && _translations.TryGetValue((key, language.Code), out var twin) && twin != page
            ? twin
            : null;

    /// <summary>A fixed page (about) in a language, by slug.</summary>
    public Page? FixedPage(LanguageConfig language, string slug) => _fixedPages.GetValueOrDefault((language.Code, slug));

    /// <summary>Briefings in any language tagged with a topic, newest first.</summary>
    public IReadOnlyList<Page> BriefingsOnTopic(string topicId) =>
        _briefingsByTopic.TryGetValue(topicId, out var list) ? list : [];

    /// <summary>Topics that at least one briefing uses, in configuration order.</summary>
    public IReadOnlyList<TopicConfig> UsedTopics { get; }

    /// <summary>
    /// Up to <see cref="RelatedLimit"/> briefings in other languages that share a topic with
    /// <paramref name="page"/>, most shared topics first, then newest; its own translation is
    /// reported separately and left out.
    /// </summary>
    public IReadOnlyList<Page> CrossLanguageRelated(Page page) => RelatedFinder.Find(page, AllBriefings, RelatedLimit);

    /// <summary>Up to <see cref="RelatedLimit"/> other briefings in the page's own language that share a topic, most shared first.</summary>
    public IReadOnlyList<Page> SameLanguageRelated(Page page) =>
        RelatedFinder.Find(page, BriefingsIn(page.Language), RelatedLimit, candidate => candidate != page);

    private static Page[] Swap(IReadOnlyList<Page> pages, Dictionary<Page, Page> edited)
    {
        var swapped = new Page[pages.Count];
        for (var i = 0; i < swapped.Length; i++)
        {
            swapped[i] = edited.GetValueOrDefault(pages[i]) ?? pages[i];
        }

        return swapped;
    }

    /// <summary>Up to <see cref="RelatedLimit"/> briefings in <paramref name="language"/> that share a topic with the page.</summary>
    public IReadOnlyList<Page> RelatedIn(Page page, LanguageConfig language) =>
        RelatedFinder.Find(page, BriefingsIn(language), RelatedLimit, candidate => candidate != page);
}
