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

    /// <summary>The page's Markdown text below its front-matter, read from its file again when no longer in memory (<see cref="PageBody"/>).</summary>
    public string Markdown => Body.Text;

    /// <summary>Site-relative output path with forward slashes (<see cref="SiteUrls.Of"/>).</summary>
    public string OutputPath => SiteUrls.Of(this);
}
