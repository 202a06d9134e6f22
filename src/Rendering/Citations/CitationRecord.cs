using BriefingSite.Content;

namespace BriefingSite.Rendering.Citations;

/// <summary>One briefing's bibliographic data, read once from its front matter, for every citation format.</summary>
public sealed record CitationRecord(
    CitationKind Kind,
    string Title,
    IReadOnlyList<CitationName> Authors,
    int? Year,
    DateOnly? Date,
    string? Publisher,
    string? Publication,
    string? Issue,
    string? ReportNumber,
    string Url,
    string Language,
    string? Doi,
    string Slug)
{
    public static CitationRecord Of(Page page, string baseUrl)
    {
        var meta = page.Meta;
        var kind = !string.IsNullOrWhiteSpace(meta.Issue) ? CitationKind.Article
            : !string.IsNullOrWhiteSpace(meta.ReportNumber) ? CitationKind.Report
            : CitationKind.Paper;
        return new CitationRecord(
            kind,
            meta.Title,
            [.. meta.Authors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(CitationName.Of)],
            page.Date?.Year ?? meta.Year,
            page.Date,
            Blank(meta.Publisher),
            Blank(meta.Publication),
            Blank(meta.Issue),
            Blank(meta.ReportNumber),
            SiteUrls.Absolute(baseUrl, page.OutputPath),
            page.Language.Code,
            Blank(meta.Doi),
            page.Slug);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
