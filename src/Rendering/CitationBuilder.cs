using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// "How to cite" for a briefing whose source gives none: authors, quoted title, publication,
/// publisher and date, punctuated by the page language's UI strings (« » and ، in Arabic).
/// </summary>
public static class CitationBuilder
{
    public static string Build(Page page, Localiser local)
    {
        var meta = page.Meta;
        var publication = string.Join(" ", new[] { meta.Publication, meta.Issue, meta.ReportNumber }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var parts = new[]
        {
            string.Join(local.Text("list_separator"), meta.Authors),
            local.Text("quote_open") + meta.Title + local.Text("quote_close"),
            publication,
            // A series named after its publisher ("Al-Bayan Center series") already names it.
            meta.Publisher is { } publisher && !publication.Contains(publisher, StringComparison.Ordinal) ? publisher : "",
            local.Date(page) ?? "",
        };
        return string.Join(local.Text("list_separator"), parts.Where(p => p.Length > 0)) + local.Text("full_stop");
    }
}
