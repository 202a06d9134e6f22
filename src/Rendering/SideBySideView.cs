namespace BriefingSite.Rendering;

/// <summary>
/// A translated pair side by side. The page's own language comes first, so it sits at the inline
/// start: in an Arabic page the Arabic column is at the right, in an English page the English at the left.
/// </summary>
public sealed record SideBySideView(SideBySideColumn First, SideBySideColumn Second, IReadOnlyList<SideBySideRow> Rows);
