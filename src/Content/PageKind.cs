namespace BriefingSite.Content;

/// <summary>Briefings are listed, dated and cross-linked; fixed pages (about) are not.</summary>
public enum PageKind
{
    Briefing,
    Page,
}
