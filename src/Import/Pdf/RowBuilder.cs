namespace BriefingSite.Import.Pdf;

/// <summary>
/// Groups a page's glyphs into line fragments: glyphs on one baseline form a row (raised
/// note digits and combining marks join the row they belong to), a row is put in visual
/// order, and cut where a horizontal gap is wider than <see cref="FragmentGap"/> ems.
/// </summary>
internal static class RowBuilder
{
    /// <summary>A gap this many ems wide separates columns or a side-head from its text, never words.</summary>
    private const double FragmentGap = 1.5;

    private sealed class Row(PdfGlyph first)
    {
        public double Baseline { get; } = first.Baseline;

        public double Size { get; } = first.Size;

        public List<PdfGlyph> Glyphs { get; } = [first];

        public double Left => Glyphs.Min(g => g.Left);

        public double Right => Glyphs.Max(g => g.Right);
    }

    public static List<LineFragment> Build(IReadOnlyList<PdfGlyph> glyphs)
    {
        var rows = new List<Row>();
        var marks = new List<PdfGlyph>();
        foreach (var glyph in glyphs.OrderByDescending(g => g.Size).ThenBy(g => g.Order))
        {
            if (glyph.IsMark)
            {
                marks.Add(glyph);
                continue;
            }

            var row = rows.Find(r => Math.Abs(r.Baseline - glyph.Baseline) <= 0.2 * Math.Min(r.Size, glyph.Size));
            if (row is null)
            {
                rows.Add(new Row(glyph));
            }
            else
            {
                row.Glyphs.Add(glyph);
            }
        }

        MergeRaisedDigits(rows);
        foreach (var mark in marks)
        {
            var nearest = rows.Where(r => mark.Left >= r.Left - r.Size && mark.Left <= r.Right + r.Size)
                .MinBy(r => Math.Abs(r.Baseline - mark.Baseline));
            nearest?.Glyphs.Add(mark);
        }

        return rows.SelectMany(r => Fragments(r)).ToList();
    }

    /// <summary>A row of only small digits just above a larger row holds that row's note markers.</summary>
    private static void MergeRaisedDigits(List<Row> rows)
    {
        foreach (var small in rows.ToList())
        {
            if (!small.Glyphs.All(g => g.IsSpace || g.Text.All(c => char.IsAsciiDigit(c) || c is ',' or '*')))
            {
                continue;
            }

            var host = rows.Where(r => r != small && small.Size <= 0.85 * r.Size
                    && small.Baseline > r.Baseline && small.Baseline <= r.Baseline + (0.75 * r.Size)
                    && small.Left >= r.Left - r.Size && small.Right <= r.Right + (3 * r.Size))
                .MinBy(r => small.Baseline - r.Baseline);
            if (host is not null)
            {
                host.Glyphs.AddRange(small.Glyphs);
                rows.Remove(small);
            }
        }
    }

    private static IEnumerable<LineFragment> Fragments(Row row)
    {
        var clusters = VisualOrder.Clusters(row.Glyphs);
        var current = new List<PdfGlyph>();
        var lastRight = double.NegativeInfinity;
        var lastSize = row.Size;
        var inked = 0;
        foreach (var cluster in clusters)
        {
            var blank = cluster.All(g => g.IsSpace);
            var size = cluster.Max(g => g.Size);
            var gap = cluster.Min(g => g.Left) - lastRight;

            // A list marker is at most three characters: counting keeps a long row linear.
            if (!blank && !(inked <= 3 && IsListMarker(current)) && (gap > FragmentGap * row.Size || (gap > 0.5 * Math.Min(size, lastSize) && IsOtherSize(size, lastSize) && !IsDigits(cluster))))
            {
                if (Make(current, row) is { } fragment)
                {
                    yield return fragment;
                }

                current = [];
                inked = 0;
            }

            current.AddRange(cluster);
            inked += cluster.Count(g => !g.IsSpace);
            lastRight = blank ? lastRight : Math.Max(lastRight, cluster.Max(g => g.Right));
            lastSize = blank ? lastSize : size;
        }

        if (Make(current, row) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>A bullet or item number set apart from its item's text stays with it.</summary>
    private static bool IsListMarker(List<PdfGlyph> glyphs)
    {
        var text = string.Concat(glyphs.Where(g => !g.IsSpace).Select(g => g.Text));
        return text is "•" or "▪" or "◦" or "-" or "–" or "*" or "o" || (text.Length is > 1 and <= 3 && text[^1] is '.' or ')' && text[..^1].All(char.IsAsciiDigit));
    }

    private static bool IsDigits(List<PdfGlyph> cluster) => cluster.All(g => g.IsSpace || g.Text.All(char.IsAsciiDigit));

    /// <summary>A heading in the margin beside body text on the same baseline is set in another size.</summary>
    private static bool IsOtherSize(double size, double other) => Math.Max(size, other) >= 1.25 * Math.Min(size, other);

    private static LineFragment? Make(List<PdfGlyph> glyphs, Row row)
    {
        var first = glyphs.FindIndex(g => !g.IsSpace);
        var last = glyphs.FindLastIndex(g => !g.IsSpace);
        if (first < 0)
        {
            return null;
        }

        var kept = glyphs.GetRange(first, last - first + 1);
        return new LineFragment(kept, row.Baseline, ReadingOrder.Median(kept.Where(g => !g.IsSpace).Select(g => g.Size)));
    }
}
