namespace BriefingSite.Rendering.Citations;

/// <summary>What a briefing is to a reference manager: an issue of a periodical, a numbered report, or another paper.</summary>
public enum CitationKind
{
    /// <summary>Has an <c>issue</c>: an article in a periodical (BibTeX <c>@article</c>, RIS <c>JOUR</c>, CSL <c>article-journal</c>).</summary>
    Article,

    /// <summary>Has a <c>report_number</c>: BibTeX <c>@techreport</c>, RIS <c>RPRT</c>, CSL <c>report</c>.</summary>
    Report,

    /// <summary>Anything else, such as a centre's paper in a series: BibTeX <c>@misc</c>, RIS <c>RPRT</c>, CSL <c>report</c>.</summary>
    Paper,
}
