using BriefingSite.Config;

namespace BriefingSite.Content;

/// <summary>One content page, loaded and checked: plain data, no rendering state.</summary>
/// <param name="SourcePath">Display path of the Markdown file, for messages.</param>
/// <param name="Language">The page's language, resolved from its <c>lang</c> when the site is loaded.</param>
public sealed record Page(
    string SourcePath,
    LanguageConfig Language,
    string Slug,
    PageKind Kind,
    FrontMatter Meta,
    PageBody Body,
    int BodyStartLine,
    DateOnly? Date)
{
    /// <summary>Key for newest-first ordering: a full date, else 1 January of the year, else oldest.</summary>
    public DateOnly SortDate => Date ?? (Meta.Year is int year ? new DateOnly(year, 1, 1) : DateOnly.MinValue);

    /// <summary>The local images the text shows, each checked and published at its path under <c>input/</c>.</summary>
    public IReadOnlyList<PageImage> Images { get; init; } = [];

    /// <summary>Words in the text (<see cref="WordCounter"/>), counted at load: cards show every page's reading time, and the text is not kept.</summary>
    public int Words { get; init; }

    /// <summary>Minutes to read the page, the same on its own page and on every card.</summary>
    public int ReadingMinutes => WordCounter.Minutes(Words, Language.WordsPerMinute);

    /// <summary>The page's Markdown text below its front-matter, read from its file again when no longer in memory (<see cref="PageBody"/>).</summary>
    public string Markdown => Body.Text;

    /// <summary>Site-relative output path with forward slashes (<see cref="SiteUrls.Of"/>).</summary>
    public string OutputPath => SiteUrls.Of(this);
}
