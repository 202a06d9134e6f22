namespace BriefingSite.Import.Pdf;

/// <summary>
/// One glyph placed on a page: its text, its advance from <see cref="Left"/> to
/// <see cref="Right"/> on the baseline, its size in points and boldness, and its place in
/// the content stream (<see cref="Order"/>), which keeps marks and ligature parts in the
/// order the producer wrote them where their positions coincide; <see cref="Center"/> is where
/// its ink is, which for a mark without advance is not its origin.
/// </summary>
internal sealed record PdfGlyph(string Text, double Left, double Right, double Baseline, double Size, bool Bold, int Order)
{
    /// <summary>The middle of the glyph's ink: where a zero-width mark is actually drawn.</summary>
    public double Center { get; init; } = (Left + Right) / 2;

    public bool IsSpace => string.IsNullOrWhiteSpace(Text);

    /// <summary>Combining marks (harakat) sit on a letter and take no width of their own.</summary>
    public bool IsMark => Text.Length > 0 && Text.All(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
