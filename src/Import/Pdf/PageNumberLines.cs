using System.Text.RegularExpressions;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// Page numbers a PDF prints in its top or bottom margin ("Page 7", "1/3", "صفحة 2 من 3", "- iv -"):
/// lines in the outer eighth of the page, no larger than the body, that read the same on at
/// least two pages and two in five once their numbers are set aside, and hold at most two words
/// besides them. They say nothing the page break does not, so they are left out of the text;
/// running headers with words (a report's title and number) stay for the text rules, which find
/// them by repetition too and read the report number from them.
/// </summary>
internal static partial class PageNumberLines
{
    /// <summary>The share of the page's height at its top and at its foot where page numbers are printed.</summary>
    private const double Margin = 0.125;

    public static HashSet<PdfLine> Find(PdfDocumentText document)
    {
        var found = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        if (document.Pages.Count < 2)
        {
            return found;
        }

        var candidates = document.Pages
            .SelectMany(page => page.Lines.Where(line => InMargin(line, page) && line.FontSize <= document.BodyFontSize + 0.5).Select(line => (Line: line, Key: Key(line.Text), Top: line.Baseline > page.Height / 2)))
            .Where(c => c.Key is not null);
        foreach (var group in candidates.GroupBy(c => (c.Key, c.Top)))
        {
            var pages = group.Select(c => c.Line.Page).Distinct().Count();
            if (pages >= 2 && pages >= 0.4 * document.Pages.Count)
            {
                found.UnionWith(group.Select(c => c.Line));
            }
        }

        return found;
    }

    private static bool InMargin(PdfLine line, PdfPage page) =>
        line.Baseline >= (1 - Margin) * page.Height || line.Baseline <= Margin * page.Height;

    /// <summary>The line with its numbers as <c>#</c>, or null when it holds no number or more than two words.</summary>
    private static string? Key(string text)
    {
        var key = Number().Replace(text.Trim(), "#");
        return key.Contains('#', StringComparison.Ordinal) && Word().Count(key) <= 2 ? Space().Replace(key, " ") : null;
    }

    [GeneratedRegex(@"\d+|\b[ivxlcIVXLC]+\b")]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
