using BriefingSite.Config;

namespace BriefingSite.Content;

/// <summary>
/// Everything loaded before anything is rendered: both languages, the translation map and
/// topics. Rendering is a pure function of this model. Lookups are computed once here.
/// </summary>
public sealed class Site
{
    private readonly Dictionary<string, IReadOnlyList<Page>> _briefingsByLanguage;
    private readonly Dictionary<(string Key, string Language), Page> _translations;

    public Site(SiteConfig config, IReadOnlyList<Page> pages)
    {
        Config = config;
        Pages = pages;
        _briefingsByLanguage = config.Languages.ToDictionary(
            l => l.Code,
            l => (IReadOnlyList<Page>)[.. pages
                .Where(p => p.Kind == PageKind.Briefing && p.Language == l.Code)
                .OrderByDescending(p => p.SortDate)
                .ThenBy(p => p.Slug, StringComparer.Ordinal)]);
        _translations = pages
            .Where(p => p.Meta.TranslationKey is not null)
            .GroupBy(p => (p.Meta.TranslationKey!, p.Language))
            .ToDictionary(g => g.Key, g => g.First());
    }

    public SiteConfig Config { get; }

    public IReadOnlyList<Page> Pages { get; }

    public IEnumerable<LanguageConfig> Languages => Config.Languages;

    /// <summary>Briefings in one language, newest first.</summary>
    public IReadOnlyList<Page> BriefingsIn(string language) =>
        _briefingsByLanguage.TryGetValue(language, out var list) ? list : [];

    /// <summary>All briefings in all languages, newest first.</summary>
    public IEnumerable<Page> AllBriefings =>
        Pages.Where(p => p.Kind == PageKind.Briefing).OrderByDescending(p => p.SortDate).ThenBy(p => p.Slug, StringComparer.Ordinal);

    /// <summary>The same page in <paramref name="language"/>, if one shares its translation key.</summary>
    public Page? TranslationOf(Page page, string language) =>
        page.Meta.TranslationKey is { } key && _translations.TryGetValue((key, language), out var twin) && twin != page
            ? twin
            : null;

    /// <summary>A fixed page (about) in a language, by slug.</summary>
    public Page? FixedPage(string language, string slug) =>
        Pages.FirstOrDefault(p => p.Kind == PageKind.Page && p.Language == language && p.Slug == slug);

    /// <summary>Briefings in any language tagged with a topic, newest first.</summary>
    public IEnumerable<Page> BriefingsOnTopic(string topicId) =>
        AllBriefings.Where(p => p.Meta.Topics.Contains(topicId));

    /// <summary>Topics that at least one briefing uses, in configuration order.</summary>
    public IEnumerable<TopicConfig> UsedTopics =>
        Config.Topics.Where(t => Pages.Any(p => p.Kind == PageKind.Briefing && p.Meta.Topics.Contains(t.Id)));

    /// <summary>
    /// Briefings in other languages that share a topic with <paramref name="page"/>, most shared topics first;
    /// its own translation is reported separately and left out.
    /// </summary>
    public IReadOnlyList<Page> CrossLanguageRelated(Page page) =>
        [.. Pages
            .Where(p => p.Kind == PageKind.Briefing && p.Language != page.Language && !IsTranslationPair(p, page))
            .Select(p => (Page: p, Shared: p.Meta.Topics.Intersect(page.Meta.Topics).Count()))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared)
            .ThenByDescending(x => x.Page.SortDate)
            .ThenBy(x => x.Page.Slug, StringComparer.Ordinal)
            .Select(x => x.Page)];

    private static bool IsTranslationPair(Page a, Page b) =>
        a.Meta.TranslationKey is not null && a.Meta.TranslationKey == b.Meta.TranslationKey;
}
