using System.Text.RegularExpressions;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// Finds a page's foot notes: below the body, in the lower half of the page, lines set
/// smaller than the body, the first of them opening with a note number (raised, or plain
/// digits and a space when the page has that marker); lines without a number continue the note above. Lines after the
/// notes that stand apart from them (the running footer) are not notes.
/// </summary>
internal static partial class PageFootNotes
{
    /// <summary>The index of the page's first note line and the number of note lines; (-1, 0) when it has none.</summary>
    public static (int Start, int Count) Find(PdfPage page, double bodySize)
    {
        var lines = page.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsSmall(lines[i], bodySize) || lines[i].Baseline > page.Height / 2 || !OpensNote(lines[i], lines.Take(i)))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Count && IsSmall(lines[end], bodySize)
                && lines[end].Baseline < lines[end - 1].Baseline
                && lines[end - 1].Baseline - lines[end].Baseline <= 2.5 * lines[end - 1].FontSize
                && lines[end].FontSize >= lines[i].FontSize - 0.5)
            {
                end++;
            }

            return (i, end - i);
        }

        return (-1, 0);
    }

    /// <summary>A raised number opens a note; plain digits only when the text above on the page has that marker.</summary>
    private static bool OpensNote(PdfLine line, IEnumerable<PdfLine> above) => line.Markers is [{ Start: 0 }, ..]
        || (NoteNumber(line) is { } number && above.Any(l => l.Markers.Any(m => m.Number == number)));

    /// <summary>The number a note definition opens with: a raised marker at its start, or digits and a space.</summary>
    public static int? NoteNumber(PdfLine line)
    {
        if (line.Markers is [{ Start: 0 } first, ..])
        {
            return first.Number;
        }

        var match = PlainNumber().Match(line.Text);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool IsSmall(PdfLine line, double bodySize) => line.FontSize <= 0.92 * bodySize;

    [GeneratedRegex(@"^(\d{1,3}) \p{L}")]
    private static partial Regex PlainNumber();
}
