using System.Globalization;
using System.Text;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// Writes a read PDF as plain text for the text importer, in the shape <c>pdftotext</c> gives
/// and the importer already reads: pages end with a form feed (<c>\f</c>), a blank line
/// separates paragraphs (a gap wider than the page's line spacing, or a change of size or
/// weight), headings (larger, or bold and short) stand alone between blank lines, note markers
/// become <c>[n]</c> where the document defines note n, and each page's foot notes follow
/// its body as <c>[n] text</c>, before the running footer. Page numbers in the margins are
/// left out (<see cref="PageNumberLines"/>).
/// </summary>
public static class PdfTextRenderer
{
    /// <summary>A gap this many times the page's usual line spacing starts a new paragraph.</summary>
    private const double ParagraphGap = 1.3;

    public static string Render(PdfDocumentText document)
    {
        var pageNumbers = PageNumberLines.Find(document);
        document = document with { Pages = [.. document.Pages.Select(p => p with { Lines = [.. p.Lines.Where(l => !pageNumbers.Contains(l))] })] };
        var notes = document.Pages.Select(p => PageFootNotes.Find(p, document.BodyFontSize)).ToList();
        var defined = new HashSet<int>();
        for (var i = 0; i < document.Pages.Count; i++)
        {
            foreach (var line in document.Pages[i].Lines.Skip(notes[i].Start).Take(notes[i].Count))
            {
                if (PageFootNotes.NoteNumber(line) is { } number)
                {
                    defined.Add(number);
                }
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < document.Pages.Count; i++)
        {
            var lines = document.Pages[i].Lines;
            var (start, count) = notes[i];
            var body = start < 0 ? lines : lines.Take(start).ToList();
            var footer = start < 0 ? [] : lines.Skip(start + count).ToList();
            WriteBlocks(text, body, document.BodyFontSize, defined);
            if (count > 0)
            {
                WriteNotes(text, lines.Skip(start).Take(count).ToList(), defined);
            }

            WriteBlocks(text, footer, document.BodyFontSize, defined);
            text.Append('\f');
        }

        return text.ToString();
    }

    private static void WriteBlocks(StringBuilder text, IReadOnlyList<PdfLine> lines, double bodySize, HashSet<int> defined)
    {
        var spacing = LineSpacing(lines);
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null && StartsBlock(previous, line, bodySize, spacing))
            {
                text.Append('\n');
            }

            text.Append(WithMarkers(line, defined)).Append('\n');
            previous = line;
        }

        if (lines.Count > 0)
        {
            text.Append('\n');
        }
    }

    private static void WriteNotes(StringBuilder text, IReadOnlyList<PdfLine> lines, HashSet<int> defined)
    {
        var notes = new List<string>();
        foreach (var line in lines)
        {
            if (PageFootNotes.NoteNumber(line) is { } number)
            {
                var rest = line.Markers is [{ Start: 0 } marker, ..] ? line.Text[marker.Length..] : line.Text[number.ToString(CultureInfo.InvariantCulture).Length..];
                var remaining = line with { Text = rest.TrimStart(), Markers = [] };
                notes.Add($"[{number.ToString(CultureInfo.InvariantCulture)}] {WithMarkers(remaining, defined)}");
            }
            else if (notes.Count > 0)
            {
                notes[^1] += " " + WithMarkers(line, defined);
            }
        }

        foreach (var note in notes)
        {
            text.Append(note).Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>
    /// Whether a blank line goes between two lines: a jump back up (another column or a side-head),
    /// a gap wider than the page's line spacing (or than a large heading's own), or a change of style.
    /// </summary>
    private static bool StartsBlock(PdfLine previous, PdfLine line, double bodySize, double spacing)
    {
        var gap = previous.Baseline - line.Baseline;
        return gap <= 0
            || gap > ParagraphGap * Math.Max(spacing, 1.2 * Math.Max(previous.FontSize, line.FontSize))
            || Math.Abs(previous.FontSize - line.FontSize) >= 1
            || previous.Bold != line.Bold
            || IsHeading(previous, bodySize) != IsHeading(line, bodySize);
    }

    /// <summary>Larger than the body, or bold and short.</summary>
    public static bool IsHeading(PdfLine line, double bodySize) =>
        line.FontSize >= 1.15 * bodySize || (line.Bold && line.FontSize >= 0.95 * bodySize && line.Text.Length <= 120);

    /// <summary>The usual distance between consecutive baselines on the page (the median).</summary>
    private static double LineSpacing(IReadOnlyList<PdfLine> lines)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Baseline - lines[i].Baseline;
            if (gap > 0 && gap < 3 * lines[i].FontSize && Math.Abs(lines[i - 1].FontSize - lines[i].FontSize) < 0.5)
            {
                gaps.Add(gap);
            }
        }

        return gaps.Count == 0 ? 1.2 * lines.Select(l => l.FontSize).DefaultIfEmpty(12).Max() : ReadingOrder.Median(gaps);
    }

    private static string WithMarkers(PdfLine line, HashSet<int> defined)
    {
        var text = line.Text;
        foreach (var marker in line.Markers.Where(m => defined.Contains(m.Number)).OrderByDescending(m => m.Start))
        {
            text = string.Concat(text.AsSpan(0, marker.Start), $"[{marker.Number.ToString(CultureInfo.InvariantCulture)}]", text.AsSpan(marker.Start + marker.Length));
        }

        return text;
    }
}
