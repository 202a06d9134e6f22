namespace BriefingSite.Publishing.Pdf;

/// <summary>One briefing to print.</summary>
/// <param name="Source">The briefing's source file, for errors.</param>
/// <param name="HtmlFile">The rendered page in the staging folder (printed through <c>file://</c>, so its stylesheet and images load).</param>
/// <param name="PdfPath">Site-relative path of the PDF.</param>
/// <param name="Footer">The footer template (address and page numbers; see <see cref="PdfFooter"/>).</param>
/// <param name="Key">Cache key of everything the PDF is made from.</param>
public sealed record PdfJob(string Source, string HtmlFile, string PdfPath, string Footer, string Key);
