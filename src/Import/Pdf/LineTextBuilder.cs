using System.Text;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// Makes a <see cref="PdfLine"/> of a fragment: spaces where glyphs stand apart, note markers
/// (digits smaller than the line and raised above its baseline) flagged, the visual order
/// turned into logical order (<see cref="BidiReorderer"/>), then Arabic presentation forms
/// and tatweel normalised (<see cref="ArabicNormaliser"/>) once the letters are in order,
/// so a lam-alef ligature expands to lam then alef.
/// </summary>
internal static class LineTextBuilder
{
    /// <summary>Glyphs further apart than this share of an em have a word space between them.</summary>
    private const double WordGap = 0.2;

    public static PdfLine Build(LineFragment fragment, int page, LineDirection directionHint)
    {
        var visual = new StringBuilder();
        var isMarker = new List<bool>();
        PdfGlyph? previous = null;
        foreach (var glyph in fragment.Glyphs)
        {
            var marker = IsMarker(glyph, fragment);
            if (previous is not null && !previous.IsSpace && !glyph.IsSpace && !glyph.IsMark
                && glyph.Left - previous.Right > WordGap * fragment.Size && !marker)
            {
                visual.Append(' ');
                isMarker.Add(false);
            }

            foreach (var c in glyph.Text)
            {
                visual.Append(char.IsWhiteSpace(c) ? ' ' : c);
                isMarker.Add(marker);
            }

            previous = glyph.IsMark ? previous : glyph;
        }

        var text = visual.ToString();
        var direction = BidiReorderer.BaseDirection(text, directionHint);
        var (order, mirror) = BidiReorderer.VisualToLogical(text, direction);
        var logical = new StringBuilder(text.Length);
        var flags = new List<bool>(text.Length);
        for (var i = 0; i < order.Length; i++)
        {
            var c = mirror[i] ? BidiReorderer.Mirrored(text[order[i]]) : text[order[i]];
            foreach (var plain in ArabicNormaliser.Normalise(c))
            {
                // One space between words, none at the ends.
                if (plain == ' ' && (logical.Length == 0 || logical[^1] == ' '))
                {
                    continue;
                }

                logical.Append(plain);
                flags.Add(isMarker[order[i]]);
            }
        }

        while (logical.Length > 0 && logical[^1] == ' ')
        {
            logical.Length--;
            flags.RemoveAt(flags.Count - 1);
        }

        var body = fragment.Glyphs.Where(g => !g.IsSpace && !IsMarker(g, fragment)).ToList();
        var letters = body.Count > 0 ? body : fragment.Glyphs.Where(g => !g.IsSpace).ToList();
        var bold = letters.Sum(g => g.Bold ? g.Text.Length : 0) * 2 > letters.Sum(g => g.Text.Length);
        var size = ReadingOrder.Median(letters.Select(g => g.Size));
        return new PdfLine(logical.ToString(), page, Math.Round(size, 1), bold, fragment.Baseline, fragment.Baseline + (size * 0.8),
            fragment.Left, fragment.Right, direction, Markers(logical.ToString(), flags));
    }

    private static bool IsMarker(PdfGlyph glyph, LineFragment fragment) =>
        glyph.Text.Length > 0 && glyph.Text.All(char.IsAsciiDigit)
        && glyph.Size <= 0.86 * fragment.Size
        && glyph.Baseline >= fragment.Baseline + (0.15 * fragment.Size);

    private static List<NoteMarker> Markers(string text, List<bool> flags)
    {
        var markers = new List<NoteMarker>();
        for (var i = 0; i < flags.Count; i++)
        {
            if (!flags[i])
            {
                continue;
            }

            var end = i;
            while (end < flags.Count && flags[end] && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end > i && end - i <= 3)
            {
                markers.Add(new NoteMarker(i, end - i, int.Parse(text.AsSpan(i, end - i), System.Globalization.CultureInfo.InvariantCulture)));
            }

            i = Math.Max(i, end - 1);
        }

        return markers;
    }
}
