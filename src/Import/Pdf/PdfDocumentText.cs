namespace BriefingSite.Import.Pdf;

/// <summary>
/// The text of a PDF: its pages of lines in reading order, its declared properties, and its
/// body font size (the size most characters are set in), against which headings (larger or
/// bold) and page-foot notes (smaller) are told apart.
/// </summary>
public sealed record PdfDocumentText(string File, IReadOnlyList<PdfPage> Pages, PdfProperties Properties, double BodyFontSize)
{
    public IEnumerable<PdfLine> Lines => Pages.SelectMany(p => p.Lines);
}
