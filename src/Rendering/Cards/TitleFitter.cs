namespace BriefingSite.Rendering.Cards;

/// <summary>
/// Fits a title into a box: wraps it at word boundaries at the largest size from
/// <see cref="LargestSize"/> down to <see cref="SmallestSize"/> that needs at most
/// <see cref="MaxLines"/> lines; at the smallest size, a longer title ends in an ellipsis on its last line.
/// </summary>
public sealed class TitleFitter(LineShaper shaper)
{
    public const float LargestSize = 68;
    public const float SmallestSize = 40;
    public const float SizeStep = 4;
    public const int MaxLines = 4;

    public FittedTitle Fit(string title, bool rightToLeft, IReadOnlyList<CardFace> fonts, float maxWidth)
    {
        for (var size = LargestSize; ; size -= SizeStep)
        {
            var measure = Measure(rightToLeft, fonts, size);
            var lines = LineWrapper.Wrap(title, maxWidth, measure);
            var fits = lines.Count <= MaxLines && lines.All(l => measure(l) <= maxWidth);
            if (fits || size - SizeStep < SmallestSize)
            {
                var cut = !fits;
                var kept = lines.Take(MaxLines).Select(l => measure(l) <= maxWidth ? l : LineWrapper.WithEllipsis(l, maxWidth, measure)).ToList();
                if (lines.Count > MaxLines)
                {
                    // The last line kept takes the rest of the text, shortened with an ellipsis.
                    kept[^1] = LineWrapper.WithEllipsis(string.Join(' ', lines.Skip(MaxLines - 1)), maxWidth, measure);
                }

                return new FittedTitle([.. kept.Select(l => shaper.Shape(l, rightToLeft, fonts, size))], size, cut);
            }
        }
    }

    private Func<string, float> Measure(bool rightToLeft, IReadOnlyList<CardFace> fonts, float size) =>
        text => shaper.Shape(text, rightToLeft, fonts, size).Width;
}
