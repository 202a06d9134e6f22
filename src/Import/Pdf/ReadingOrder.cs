namespace BriefingSite.Import.Pdf;

/// <summary>
/// Orders a page's line fragments for reading, by recursive cuts through white space:
/// <list type="number">
/// <item>a vertical gutter running down the region with real text on both sides makes columns,
/// read one after the other (left to right, or right to left on a right-to-left page);</item>
/// <item>else the slab above the first horizontal white band (wider than line spacing) is read,
/// then the rest is looked at afresh (below a full-width title, columns appear);</item>
/// <item>else any vertical gap splits it (a side-head beside its paragraph comes first);</item>
/// <item>else the fragments are read by baseline, top to bottom.</item>
/// </list>
/// A narrow margin column of side-heads is not a column: it fails the first test, so the page
/// is peeled slab by slab and each side-head lands just before the paragraph it labels.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>Each side of a column gutter holds at least this share of the region's characters.</summary>
    private const double ColumnShare = 0.25;

    public static List<LineFragment> Arrange(IReadOnlyList<LineFragment> fragments, LineDirection direction)
    {
        var ordered = new List<LineFragment>(fragments.Count);
        Arrange(fragments.ToList(), direction, ordered);
        return ordered;
    }

    private static void Arrange(List<LineFragment> region, LineDirection direction, List<LineFragment> output)
    {
        if (region.Count <= 1)
        {
            output.AddRange(region);
            return;
        }

        var size = Median(region.Select(f => f.Size));
        var gutters = VerticalGaps(region, size);
        var total = region.Sum(f => f.CharacterCount);
        var columns = gutters
            .Select(x => Split(region, x))
            .Where(s => s.Left.Sum(f => f.CharacterCount) >= ColumnShare * total && s.Right.Sum(f => f.CharacterCount) >= ColumnShare * total)
            .Take(1)
            .ToList();
        if (columns.Count == 1)
        {
            ArrangeSides(columns[0], direction, output);
            return;
        }

        // Peel off the top slab and look at the rest afresh: under a full-width title, columns show.
        var slabs = HorizontalSlabs(region, size);
        if (slabs.Count > 1)
        {
            Arrange(slabs[0], direction, output);
            Arrange(slabs.Skip(1).SelectMany(s => s).ToList(), direction, output);
            return;
        }

        if (gutters.Count > 0)
        {
            ArrangeSides(Split(region, gutters[0]), direction, output);
            return;
        }

        output.AddRange(region
            .OrderByDescending(f => Math.Round(f.Baseline / (0.2 * size)))
            .ThenBy(f => direction == LineDirection.RightToLeft ? -f.Right : f.Left));
    }

    private static void ArrangeSides((List<LineFragment> Left, List<LineFragment> Right) sides, LineDirection direction, List<LineFragment> output)
    {
        var (first, second) = direction == LineDirection.RightToLeft ? (sides.Right, sides.Left) : (sides.Left, sides.Right);
        Arrange(first, direction, output);
        Arrange(second, direction, output);
    }

    private static (List<LineFragment> Left, List<LineFragment> Right) Split(List<LineFragment> region, double x) =>
        (region.Where(f => f.Right <= x).ToList(), region.Where(f => f.Left >= x).ToList());

    /// <summary>
    /// Midpoints of vertical gaps no fragment crosses, widest first. Half an em is enough: a
    /// large side-head may come within a few points of a list indented under the body text.
    /// </summary>
    private static List<double> VerticalGaps(List<LineFragment> region, double size)
    {
        var gaps = new List<(double Mid, double Width)>();
        var sorted = region.OrderBy(f => f.Left).ToList();
        var reach = sorted[0].Right;
        foreach (var fragment in sorted.Skip(1))
        {
            if (fragment.Left - reach >= 0.5 * size)
            {
                gaps.Add(((fragment.Left + reach) / 2, fragment.Left - reach));
            }

            reach = Math.Max(reach, fragment.Right);
        }

        return gaps.OrderByDescending(g => g.Width).Select(g => g.Mid).ToList();
    }

    /// <summary>Splits a region at white bands taller than half a line, top to bottom.</summary>
    private static List<List<LineFragment>> HorizontalSlabs(List<LineFragment> region, double size)
    {
        var slabs = new List<List<LineFragment>>();
        var sorted = region.OrderByDescending(f => f.Top).ToList();
        var current = new List<LineFragment> { sorted[0] };
        var floor = sorted[0].Bottom;
        foreach (var fragment in sorted.Skip(1))
        {
            if (floor - fragment.Top >= 0.5 * size)
            {
                slabs.Add(current);
                current = [];
            }

            current.Add(fragment);
            floor = Math.Min(floor, fragment.Bottom);
        }

        slabs.Add(current);
        return slabs;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
