namespace BriefingSite.Rendering;

// View types handed to templates: plain, already localised, with links relative to the page.
// Scriban sees PascalCase members as snake_case (ReadingMinutes → reading_minutes).

/// <summary>A link; <see cref="Lang"/> and <see cref="Dir"/> are set when its text is in another language.</summary>
public sealed record LinkView(string Label, string Url, bool Current = false, string? Lang = null, string? Dir = null);

/// <summary>A briefing in a listing.</summary>
public sealed record BriefingCard(
    string Title,
    string Url,
    string Lang,
    string Dir,
    string LanguageName,
    bool OtherLanguage,
    string? Date,
    string? DateIso,
    string Authors,
    string? Abstract,
    string? AbstractLang,
    string ReadingTime,
    IReadOnlyList<LinkView> Topics);

/// <summary>The full briefing page.</summary>
public sealed record BriefingView(
    string Authors,
    string? AuthorNote,
    string? Translator,
    string? Publisher,
    string? PublisherAlt,
    string? PublisherUrl,
    string? PublisherEmail,
    string? Publication,
    string? Issue,
    string? Date,
    string? DateIso,
    string? Copyright,
    string? Citation,
    string? AboutPublisher,
    string? Disclaimer,
    string? SourceFile,
    string ReadingTime,
    IReadOnlyList<LinkView> Toc,
    IReadOnlyList<LinkView> Topics,
    LinkView? Translation,
    string? TranslationPrompt,
    LinkView? SideBySide,
    IReadOnlyList<BriefingCard> Related,
    IReadOnlyList<MissingTranslation> MissingTranslations,
    string? TranslatedFrom = null,
    IReadOnlyList<LinkView>? CitationDownloads = null);

/// <summary>A link to a page in another language, labelled in the reader's language.</summary>
public sealed record OtherLanguageLink(string Label, string Url, string Hreflang);

/// <summary>One entry of a listing's page navigation: a page number, or a gap (no <see cref="Url"/>) for pages left out.</summary>
public sealed record PageNumberLink(string Label, string? Url, string? AccessibleLabel, bool Current);

/// <summary>The navigation between the pages of a listing: previous, page numbers around the current one, next.</summary>
public sealed record PaginationView(string Label, LinkView? Previous, LinkView? Next, IReadOnlyList<PageNumberLink> Pages);

/// <summary>One language's block on the bilingual root page.</summary>
public sealed record LanguageSection(string Lang, string Dir, string Name, string SiteTitle, string Tagline, string Enter, LinkView Home, IReadOnlyList<BriefingCard> Latest);

/// <summary>Everything a page template and the shared layout read.</summary>
public sealed record PageView
{
    public required string Lang { get; init; }

    public required string Dir { get; init; }

    public required string Kind { get; init; }

    /// <summary>The language's configured digits (<c>western</c>, <c>arabic-indic</c>), for list numbering.</summary>
    public required string Digits { get; init; }

    public required string Title { get; init; }

    public required string SiteTitle { get; init; }

    /// <summary>Relative prefix from this page to the site root ("../../").</summary>
    public required string Root { get; init; }

    public required string Stylesheet { get; init; }

    /// <summary>Canonical URL, language alternates, feed and Open Graph data for <c>&lt;head&gt;</c>.</summary>
    public required HeadView Head { get; init; }

    /// <summary>Relative link to this language's search page.</summary>
    public required string SearchUrl { get; init; }

    /// <summary>Scripts the page loads at the end of <c>&lt;body&gt;</c> (relative URLs): the search page's and a briefing's.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];

    public required IReadOnlyList<LinkView> Nav { get; init; }

    /// <summary>One link per other language: the twin page, else that language's home.</summary>
    public required IReadOnlyList<SwitchLink> Switch { get; init; }

    /// <summary>True when every switcher link leads to the same page in the other language.</summary>
    public bool SwitchExact { get; init; }

    public RawHtml? Body { get; init; }

    /// <summary>On a translation whose original changed after it was confirmed: the note saying so.</summary>
    public StaleTranslationNotice? StaleTranslation { get; init; }

    public BriefingView? Briefing { get; init; }

    /// <summary>On a briefing: previous and next briefing, share links.</summary>
    public ReadingAidsView? Reading { get; init; }

    public IReadOnlyList<BriefingCard> Cards { get; init; } = [];

    public IReadOnlyList<BriefingCard> OtherCards { get; init; } = [];

    /// <summary>On page 1 of a listing: the whole listing in each other language that has briefings in it.</summary>
    public IReadOnlyList<OtherLanguageLink> OtherListings { get; init; } = [];

    /// <summary>Links between the pages of a listing; null when it fits on one page.</summary>
    public PaginationView? Pagination { get; init; }

    public IReadOnlyList<TopicEntry> TopicLinks { get; init; } = [];

    public IReadOnlyList<LanguageSection> Sections { get; init; } = [];

    /// <summary>The 404 message in the other languages.</summary>
    public IReadOnlyList<NoticeView> Notices { get; init; } = [];

    public SideBySideView? SideBySide { get; init; }
}
