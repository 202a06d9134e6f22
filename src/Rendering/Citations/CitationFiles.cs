using BriefingSite.Content;

namespace BriefingSite.Rendering.Citations;

/// <summary>
/// The citation downloads of a briefing, written beside its page: <c>&lt;lang&gt;/briefings/&lt;slug&gt;.bib</c>
/// (BibTeX), <c>.ris</c> (RIS) and <c>.json</c> (CSL-JSON).
/// </summary>
public static class CitationFiles
{
    /// <summary>The formats in the order the page lists them: file extension and the UI string key of the link.</summary>
    public static IReadOnlyList<(string Extension, string LabelKey)> Formats { get; } =
        [(".bib", "cite_bibtex"), (".ris", "cite_ris"), (".json", "cite_csl_json")];

    /// <summary>The three files of every briefing in <paramref name="pages"/>.</summary>
    public static IEnumerable<OutputFile> For(IEnumerable<Page> pages, string baseUrl) =>
        pages.Where(p => p.Kind == PageKind.Briefing).SelectMany(p => For(p, baseUrl));

    public static IEnumerable<OutputFile> For(Page briefing, string baseUrl)
    {
        var record = CitationRecord.Of(briefing, baseUrl);
        yield return new OutputFile(SiteUrls.Citation(briefing, ".bib"), BibTexWriter.Write(record));
        yield return new OutputFile(SiteUrls.Citation(briefing, ".ris"), RisWriter.Write(record));
        yield return new OutputFile(SiteUrls.Citation(briefing, ".json"), CslJsonWriter.Write(record));
    }
}
