using BriefingSite.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// Reads a PDF's text layer into pages of lines in reading order (<see cref="PdfDocumentText"/>):
/// glyphs from PdfPig, rows and fragments by <see cref="RowBuilder"/>, columns and side-heads
/// by <see cref="ReadingOrder"/>, logical text by <see cref="LineTextBuilder"/>.
/// A PDF that cannot be opened, is locked with a password or has no text (a scan) is a
/// <see cref="SiteException"/> naming the file.
/// </summary>
public static class PdfDocumentReader
{
    public static PdfDocumentText Read(string path, string displayName) => Read(File.ReadAllBytes(path), displayName);

    public static PdfDocumentText Read(byte[] bytes, string displayName)
    {
        using var document = Open(bytes, displayName);
        var pages = new List<PdfPage>(document.NumberOfPages);
        try
        {
            foreach (var page in document.GetPages())
            {
                pages.Add(ReadPage(page));
            }
        }
        catch (Exception ex) when (ex is not SiteException and not OutOfMemoryException)
        {
            throw new SiteException(displayName, $"the PDF is damaged (page {pages.Count + 1} cannot be read); print it to a new PDF and import that", inner: ex);
        }

        if (!pages.Any(p => p.Lines.Count > 0))
        {
            throw new SiteException(displayName, "the PDF has no text layer (scanned?); import needs a PDF with text, or OCR it first");
        }

        return new PdfDocumentText(displayName, pages, Properties(document), BodyFontSize(pages));
    }

    private static PdfDocument Open(byte[] bytes, string displayName)
    {
        try
        {
            return PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new SiteException(displayName, "the PDF is encrypted and needs a password to read; save an unprotected copy and import that", inner: ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new SiteException(displayName, "the file cannot be read as a PDF (damaged, or not a PDF); print it to a new PDF and import that", inner: ex);
        }
    }

    private static PdfPage ReadPage(Page page)
    {
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        var rightToLeft = 0;
        var leftToRight = 0;
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height;
            var (left, right) = (Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X), Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X));
            var ink = letter.BoundingBox;
            var center = ink.Width > 0 ? (ink.Left + ink.Right) / 2 : (left + right) / 2;
            glyphs.Add(new PdfGlyph(letter.Value, left, right, letter.StartBaseLine.Y, size, IsBold(letter), glyphs.Count) { Center = center });
            foreach (var c in letter.Value)
            {
                var type = BidiClassifier.Classify(c);
                rightToLeft += BidiClassifier.IsStrongRightToLeft(type) ? 1 : 0;
                leftToRight += type == BidiClass.L ? 1 : 0;
            }
        }

        var direction = rightToLeft > leftToRight ? LineDirection.RightToLeft : LineDirection.LeftToRight;
        var fragments = ReadingOrder.Arrange(RowBuilder.Build(glyphs), direction);
        var lines = fragments.Select(f => LineTextBuilder.Build(f, page.Number, LineDirectionHint(f, fragments, direction))).Where(l => l.Text.Length > 0).ToList();
        return new PdfPage(page.Number, page.Width, page.Height, direction, lines) { Images = CountImages(page) };
    }

    /// <summary>The page's images; one that cannot be decoded still counts, as it is still left out.</summary>
    private static int CountImages(Page page)
    {
        try
        {
            return page.GetImages().Count();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Unreadable image resources do not stop the text from being read.
            return 0;
        }
    }

    /// <summary>
    /// The direction to assume for a fragment without letters of both directions: the page's.
    /// On a right-to-left page, a Latin-only line that ends at the text's right edge but starts
    /// well inside its left edge is the last line of a right-to-left paragraph (a wrapped address),
    /// so its end punctuation belongs to the right-to-left side.
    /// </summary>
    private static LineDirection LineDirectionHint(LineFragment fragment, List<LineFragment> fragments, LineDirection direction)
    {
        static bool HasArabic(LineFragment f) => f.Glyphs.Any(g => g.Text.Any(c => BidiClassifier.IsStrongRightToLeft(BidiClassifier.Classify(c))));
        var latin = fragment.Glyphs.Any(g => g.Text.Any(c => BidiClassifier.Classify(c) == BidiClass.L));
        if (direction == LineDirection.LeftToRight || !latin || HasArabic(fragment))
        {
            return direction;
        }

        var arabic = fragments.Where(HasArabic).ToList();

        var (left, right) = (arabic.Min(f => f.Left), arabic.Max(f => f.Right));
        var rightAligned = Math.Abs(fragment.Right - right) <= 0.5 * fragment.Size && fragment.Left > left + (2 * fragment.Size);
        return rightAligned ? LineDirection.RightToLeft : LineDirection.LeftToRight;
    }

    private static bool IsBold(Letter letter)
    {
        var name = letter.FontName ?? string.Empty;
        return letter.FontDetails?.IsBold == true
            || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The size most characters are set in, to the half point.</summary>
    private static double BodyFontSize(List<PdfPage> pages) =>
        pages.SelectMany(p => p.Lines)
            .GroupBy(l => Math.Round(l.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .FirstOrDefault();

    private static PdfProperties Properties(PdfDocument document)
    {
        var information = document.Information;
        DateTimeOffset? created = null;
        try
        {
            created = information.GetCreatedDateTimeOffset();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            // An unreadable date is no date: the importer falls back to the text's own.
        }

        return new PdfProperties(Clean(information.Title), Clean(information.Author), created) { Creator = Clean(information.Creator), Producer = Clean(information.Producer) };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
