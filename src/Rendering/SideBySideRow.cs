namespace BriefingSite.Rendering;

/// <summary>The n-th section of each language; a cell is empty when one language has fewer sections.</summary>
public sealed record SideBySideRow(RawHtml? First, RawHtml? Second);
