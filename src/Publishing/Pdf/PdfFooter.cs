using System.Net;

namespace BriefingSite.Publishing.Pdf;

/// <summary>
/// The line Chromium draws in each printed page's bottom margin: the page's public address and
/// "page / pages". Drawn apart from the page, so it carries its own styles; Chromium fills the
/// <c>pageNumber</c> and <c>totalPages</c> spans.
/// </summary>
public static class PdfFooter
{
    /// <summary>Chromium draws a header unless given one: an empty one keeps the top margin clear.</summary>
    public const string EmptyHeader = "<span></span>";

    public static string For(string address, string direction) =>
        $"<div dir=\"{direction}\" style=\"box-sizing: border-box; inline-size: 100%; padding-inline: 1.8cm; display: flex; justify-content: space-between; gap: 1em; font: 8pt sans-serif; color: #333\">"
        + $"<span dir=\"ltr\">{WebUtility.HtmlEncode(address)}</span>"
        + "<span dir=\"ltr\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></span></div>";
}
