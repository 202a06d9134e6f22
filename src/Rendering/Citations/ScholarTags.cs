using System.Globalization;

namespace BriefingSite.Rendering.Citations;

/// <summary>
/// The <c>citation_*</c> meta tags Google Scholar and Zotero read a briefing from
/// (<c>citation_pdf_url</c> waits until briefings have PDFs).
/// </summary>
public static class ScholarTags
{
    public static IReadOnlyList<MetaTag> For(CitationRecord record)
    {
        var tags = new List<MetaTag> { new("citation_title", record.Title) };
        tags.AddRange(record.Authors.Select(a => new MetaTag("citation_author", a.Inverted)));
        if (record.Date is { } date)
        {
            tags.Add(new("citation_publication_date", date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)));
        }
        else if (record.Year is int year)
        {
            tags.Add(new("citation_publication_date", year.ToString(CultureInfo.InvariantCulture)));
        }

        Add(tags, "citation_publisher", record.Publisher);
        Add(tags, record.Kind == CitationKind.Article ? "citation_journal_title" : "citation_series_title", record.Publication);
        Add(tags, "citation_issue", record.Kind == CitationKind.Article ? record.Issue : null);
        Add(tags, "citation_technical_report_number", record.ReportNumber);
        tags.Add(new("citation_language", record.Language));
        Add(tags, "citation_doi", record.Doi);
        return tags;
    }

    private static void Add(List<MetaTag> tags, string name, string? value)
    {
        if (value is not null)
        {
            tags.Add(new(name, value));
        }
    }
}
