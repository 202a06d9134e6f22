namespace BriefingSite.Import.Pdf;

/// <summary>
/// Glyphs on one baseline that belong together: a row of a page cut at wide horizontal gaps
/// (a side-head and its paragraph, or two columns, never share a fragment). Glyphs are in
/// visual order, left to right. The unit that reading order arranges.
/// </summary>
internal sealed class LineFragment(IReadOnlyList<PdfGlyph> glyphs, double baseline, double size)
{
    public IReadOnlyList<PdfGlyph> Glyphs { get; } = glyphs;

    /// <summary>The baseline of the row's body glyphs (raised note markers sit above it).</summary>
    public double Baseline { get; } = baseline;

    /// <summary>The size of the row's body glyphs in points.</summary>
    public double Size { get; } = size;

    public double Left { get; } = glyphs.Min(g => g.Left);

    public double Right { get; } = glyphs.Max(g => g.Right);

    public double Top => Baseline + (Size * 0.8);

    public double Bottom => Baseline - (Size * 0.25);

    public int CharacterCount { get; } = glyphs.Count(g => !g.IsSpace);
}
