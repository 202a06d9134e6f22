using System.Globalization;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// What reading a PDF's text layer leaves out, said for the import report: the images drawn on
/// its pages (figures, charts, photographs), as "3 figures left out on pages 2, 5".
/// </summary>
public static class PdfLeftOut
{
    public static IReadOnlyList<string> Describe(PdfDocumentText document)
    {
        var pages = document.Pages.Where(p => p.Images > 0).ToList();
        if (pages.Count == 0)
        {
            return [];
        }

        var count = pages.Sum(p => p.Images);
        var numbers = string.Join(", ", pages.Select(p => p.Number.ToString(CultureInfo.InvariantCulture)));
        return [$"{count} {(count == 1 ? "figure" : "figures")} left out on {(pages.Count == 1 ? "page" : "pages")} {numbers}"];
    }
}
