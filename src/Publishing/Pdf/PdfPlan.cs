namespace BriefingSite.Publishing.Pdf;

/// <summary>
/// This build prints PDFs with the browser at <paramref name="Chromium"/>. Decided before the
/// pages render, so a page links its PDF only when the PDF will exist.
/// </summary>
/// <param name="BrowserVersion">Changes whenever the browser is replaced (see <see cref="ChromiumLocator.VersionOf"/>): part of each PDF's cache key.</param>
public sealed record PdfPlan(string Chromium, string BrowserVersion);
