using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>Where a briefing's printed PDF is published: beside its page and its citation downloads.</summary>
public static class PdfPath
{
    /// <summary><c>&lt;lang&gt;/briefings/&lt;slug&gt;.pdf</c>, site-relative.</summary>
    public static string Of(Page briefing) => Citations.CitationFiles.PathOf(briefing, ".pdf");
}
