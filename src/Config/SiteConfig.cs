namespace BriefingSite.Config;

/// <summary>The contents of <c>site.yml</c>: everything about the site that is not content or theme.</summary>
public sealed record SiteConfig
{
    /// <summary>Absolute URL the site is served from; used only for canonical links, feeds and the sitemap.</summary>
    public string BaseUrl { get; init; } = PlaceholderBaseUrl;

    /// <summary>The base URL when neither <c>site.yml</c> nor <c>--base-url</c> gives one.</summary>
    public const string PlaceholderBaseUrl = "https://example.org/";

    /// <summary>False when the site has only the placeholder address: pages then offer no share links, which would point nowhere.</summary>
    public bool HasBaseUrl => BaseUrl != PlaceholderBaseUrl;

    /// <summary>Language of the root page's first choice and of <c>x-default</c>.</summary>
    public string DefaultLanguage { get; init; } = "";

    public List<LanguageConfig> Languages { get; init; } = [];

    public List<TopicConfig> Topics { get; init; } = [];

    public ImportConfig Import { get; init; } = new();

    /// <summary>How many latest briefings a language home lists, and how many other-language briefings page 1 of a listing shows.</summary>
    public int HomeListLimit { get; init; } = 20;

    /// <summary>How many briefings one page of a listing (the briefing index, a topic) shows; later briefings go on further pages.</summary>
    public int ListPageSize { get; init; } = 20;

    /// <summary>How many of the newest briefings each Atom feed holds.</summary>
    public int FeedLimit { get; init; } = 50;

    /// <summary>
    /// What a stale translation (its original changed after it was confirmed) is to <c>build --strict</c>:
    /// <c>advisory</c> (the default: a warning that does not fail it) or <c>strict</c> (a warning like any other).
    /// </summary>
    public string StaleTranslations { get; init; } = "advisory";

    /// <summary>The PDF of each briefing (see <see cref="PdfConfig"/>).</summary>
    public PdfConfig Pdf { get; init; } = new();

    /// <summary>The share card of each page (see <see cref="CardsConfig"/>).</summary>
    public CardsConfig ShareCards { get; init; } = new();

    public LanguageConfig Language(string code) =>
        Languages.FirstOrDefault(l => l.Code == code)
        ?? throw new KeyNotFoundException($"language '{code}' is not configured");

    public bool HasLanguage(string code) => Languages.Any(l => l.Code == code);

    public TopicConfig? Topic(string id) => Topics.FirstOrDefault(t => t.Id == id);
}
