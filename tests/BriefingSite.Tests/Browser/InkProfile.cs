using SkiaSharp;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// The shape of a line of dark text on a light ground, independent of where it sits and how it
/// is anti-aliased: the box around its ink and how much ink each column of that box holds,
/// resampled to a fixed number of bins. Two renderings of the same glyphs in the same order
/// agree closely; unjoined or mirrored glyphs do not.
/// </summary>
public sealed record InkProfile(int Width, int Height, double[] Columns)
{
    public const int Bins = 160;

    public double Aspect => (double)Width / Height;

    public static InkProfile Of(SKBitmap bitmap)
    {
        var darkness = new double[bitmap.Width, bitmap.Height];
        int left = int.MaxValue, right = -1, top = int.MaxValue, bottom = -1;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                var ink = 1 - ((0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue)) / 255;
                darkness[x, y] = ink;
                if (ink > 0.5)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        if (right < 0)
        {
            throw new InvalidOperationException("no ink in the image");
        }

        var width = right - left + 1;
        var columns = new double[Bins];
        for (var x = left; x <= right; x++)
        {
            var bin = Math.Min(Bins - 1, (x - left) * Bins / width);
            for (var y = top; y <= bottom; y++)
            {
                columns[bin] += darkness[x, y];
            }
        }

        return new InkProfile(width, bottom - top + 1, columns);
    }

    /// <summary>Pearson correlation of the two column profiles: 1 is the same ink, column for column.</summary>
    public double Correlation(InkProfile other)
    {
        var meanA = Columns.Average();
        var meanB = other.Columns.Average();
        double sum = 0, a2 = 0, b2 = 0;
        for (var i = 0; i < Bins; i++)
        {
            var a = Columns[i] - meanA;
            var b = other.Columns[i] - meanB;
            sum += a * b;
            a2 += a * a;
            b2 += b * b;
        }

        return sum / Math.Sqrt(a2 * b2);
    }

    /// <summary>Whether two renderings show the same text: ink boxes of the same proportions (within 6 %) and column profiles correlated at 0.9 or more.</summary>
    public bool Matches(InkProfile other, out string how)
    {
        var aspect = Aspect / other.Aspect;
        var correlation = Correlation(other);
        how = $"aspect {Aspect:F3} vs {other.Aspect:F3} (ratio {aspect:F3}), column correlation {correlation:F3}";
        return aspect is > 0.94 and < 1.06 && correlation >= 0.9;
    }
}
