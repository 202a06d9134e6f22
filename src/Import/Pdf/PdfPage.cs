namespace BriefingSite.Import.Pdf;

/// <summary>A page's lines in reading order, with the page's size and dominant direction.</summary>
public sealed record PdfPage(int Number, double Width, double Height, LineDirection Direction, IReadOnlyList<PdfLine> Lines)
{
    /// <summary>Images drawn on the page (figures, photographs): the text layer leaves them out.</summary>
    public int Images { get; init; }
}
