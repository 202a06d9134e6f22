using BriefingSite.Diagnostics;
using BriefingSite.Import.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>PDFs the importer cannot read are errors that name the file and say what to do, never a stack trace.</summary>
public sealed class PdfErrorTests
{
    /// <summary>A 1×1 white PNG: the page of a scan, with no text layer.</summary>
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAsTj2FAAAAABJRU5ErkJggg==";

    [Fact]
    public void A_scanned_pdf_without_text_is_refused_by_name()
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).AddPng(Convert.FromBase64String(OnePixelPng), new PdfRectangle(0, 0, 595, 842));
        var scan = builder.Build();

        var error = Assert.Throws<SiteException>(() => PdfDocumentReader.Read(scan, "seeds/scan.pdf"));

        Assert.Equal("seeds/scan.pdf: error: the PDF has no text layer (scanned?); import needs a PDF with text, or OCR it first", error.Diagnostic.ToString());
    }

    [Fact]
    public void A_password_protected_pdf_is_refused_by_name()
    {
        var error = Assert.Throws<SiteException>(() => PdfDocumentReader.Read(PdfFiles.Path("password-protected.pdf"), "seeds/locked.pdf"));
        Assert.Equal("seeds/locked.pdf", error.Diagnostic.File);
        Assert.Contains("encrypted", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a pdf at all, just words")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")]
    public void Broken_or_fake_pdfs_are_refused_by_name(string content)
    {
        var error = Assert.Throws<SiteException>(() => PdfDocumentReader.Read(System.Text.Encoding.ASCII.GetBytes(content), "seeds/broken.pdf"));
        Assert.Equal("seeds/broken.pdf", error.Diagnostic.File);
        Assert.DoesNotContain("Exception", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_by_name()
    {
        var bytes = File.ReadAllBytes(PdfFiles.Path(PdfFiles.BlinkenAbbas + ".pdf"));
        var error = Assert.Throws<SiteException>(() => PdfDocumentReader.Read(bytes[..(bytes.Length / 3)], "seeds/cut.pdf"));
        Assert.Equal("seeds/cut.pdf", error.Diagnostic.File);
    }
}
