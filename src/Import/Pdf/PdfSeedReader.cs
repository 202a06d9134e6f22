using BriefingSite.Diagnostics;

namespace BriefingSite.Import.Pdf;

/// <summary>A <c>.pdf</c> seed as text for the importer: its text layer read and written as <see cref="PdfTextRenderer"/> does.</summary>
public static class PdfSeedReader
{
    /// <summary>What the seed's <see cref="SeedText.Encoding"/> says: the extractor that produced the text.</summary>
    public const string Extractor = "pdf (PdfPig text layer)";

    /// <summary>The extractor named in the import report.</summary>
    public const string ExtractorName = "PdfPig text layer";

    public static SeedText Read(byte[] bytes, string displayName)
    {
        var document = PdfDocumentReader.Read(bytes, displayName);
        var text = PdfTextRenderer.Render(document);
        if (string.IsNullOrWhiteSpace(text.Replace('\f', ' ')))
        {
            throw new SiteException(displayName, "the PDF has no text layer (scanned?); import needs a PDF with text, or OCR it first");
        }

        return new SeedText(displayName, text, Extractor, bytes) { Extractor = ExtractorName, LeftOut = PdfLeftOut.Describe(document), Properties = PdfDocumentProperties.From(document.Properties) };
    }
}
