using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace BriefingSite.Rendering.Cards;

/// <summary>
/// Shapes one line: splits it into bidi runs (<see cref="BidiOrdering"/>), each run into pieces
/// of one font (the first of the fallback list that has the letter, as a browser picks), and
/// shapes each piece with HarfBuzz in its run's direction, so Arabic letters join and a right-to-left
/// run's glyphs come out right to left. Not thread-safe (it keeps HarfBuzz fonts): one per worker.
/// </summary>
public sealed class LineShaper : IDisposable
{
    private readonly Dictionary<CardFace, SKShaper> _shapers = [];

    public ShapedLine Shape(string text, bool rightToLeft, IReadOnlyList<CardFace> fonts, float size)
    {
        var pieces = new List<ShapedPiece>();
        foreach (var run in BidiOrdering.VisualRuns(text, rightToLeft))
        {
            var segments = FontSegments(text.Substring(run.Start, run.Length), fonts);
            if (run.RightToLeft)
            {
                // Pieces of a right-to-left run are laid out from the right: the logically first is rightmost.
                segments.Reverse();
            }

            pieces.AddRange(segments.Select(s => ShapePiece(s.Text, s.Face, run.RightToLeft, size)));
        }

        return new ShapedLine(text, pieces, size);
    }

    /// <summary>Splits a run into stretches of one font; a combining mark stays with its letter's font.</summary>
    private static List<(string Text, CardFace Face)> FontSegments(string run, IReadOnlyList<CardFace> fonts)
    {
        var segments = new List<(string Text, CardFace Face)>();
        var current = new StringBuilder();
        CardFace? face = null;
        foreach (var rune in run.EnumerateRunes())
        {
            var isMark = Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
            var chosen = isMark && face is not null ? face : fonts.FirstOrDefault(f => f.Covers(rune.Value)) ?? fonts[0];
            if (face is not null && chosen != face)
            {
                segments.Add((current.ToString(), face));
                current.Clear();
            }

            face = chosen;
            current.Append(rune.ToString());
        }

        if (face is not null)
        {
            segments.Add((current.ToString(), face));
        }

        return segments;
    }

    private ShapedPiece ShapePiece(string text, CardFace face, bool rightToLeft, float size)
    {
        if (!_shapers.TryGetValue(face, out var shaper))
        {
            shaper = _shapers[face] = new SKShaper(face.Typeface);
        }

        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = rightToLeft ? HarfBuzzSharp.Direction.RightToLeft : HarfBuzzSharp.Direction.LeftToRight;
        // Script and language from the text (the direction is set, so only those are guessed).
        buffer.GuessSegmentProperties();
        using var font = new SKFont(face.Typeface, size);
        var result = shaper.Shape(buffer, 0, 0, font);
        return new ShapedPiece(face, [.. result.Codepoints.Select(g => (ushort)g)], result.Points, result.Width);
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        _shapers.Clear();
    }
}
