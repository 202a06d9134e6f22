namespace BriefingSite.Publishing.Pdf;

/// <summary>A started browser that prints pages to PDF; safe to print several pages at once.</summary>
public interface IPdfPrinter : IAsyncDisposable
{
    /// <summary>The PDF of <paramref name="job"/>'s page; throws <see cref="PdfPrintException"/> when the browser fails.</summary>
    Task<byte[]> PrintAsync(PdfJob job);
}
