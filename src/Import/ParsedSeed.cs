using BriefingSite.Content;

namespace BriefingSite.Import;

/// <summary>A seed converted: front-matter, Markdown body, and the report of what was done.</summary>
public sealed record ParsedSeed(FrontMatter Meta, string Body, ImportReport Report)
{
    /// <summary>The images the body shows, written beside the briefing's file.</summary>
    public IReadOnlyList<Images.ImportedImage> Images { get; init; } = [];
}
