namespace BriefingSite.Import.Pdf;

/// <summary>
/// Puts a row's glyphs in visual order (left to right). Glyphs without width of their own
/// (combining marks, and the extra letters of a ligature such as lam-alef) travel with the
/// glyph they are drawn on, so sorting by position cannot tear them from it: each cluster is
/// a base glyph with its marks (before the base for a right-to-left letter, so that reversing
/// the line puts them after it) and its zero-width companions in stream order.
/// </summary>
internal static class VisualOrder
{
    private const double Epsilon = 0.01;

    public static List<List<PdfGlyph>> Clusters(IReadOnlyList<PdfGlyph> glyphs)
    {
        var stream = glyphs.OrderBy(g => g.Order).ToList();
        var clusters = new List<(PdfGlyph Base, List<PdfGlyph> Members)>();
        var pending = new List<PdfGlyph>();
        foreach (var glyph in stream)
        {
            if (IsDependent(glyph))
            {
                pending.Add(glyph);
                continue;
            }

            var members = new List<PdfGlyph>();
            foreach (var dependent in pending)
            {
                // A zero-width glyph belongs to whichever neighbour in the stream its ink is drawn over.
                if (clusters.Count == 0 || Distance(dependent, glyph) <= Distance(dependent, clusters[^1].Base))
                {
                    members.Add(dependent);
                }
                else
                {
                    Attach(clusters[^1].Members, clusters[^1].Base, dependent);
                }
            }

            pending.Clear();
            var cluster = (Base: glyph, Members: new List<PdfGlyph> { glyph });
            foreach (var member in members)
            {
                Attach(cluster.Members, glyph, member);
            }

            clusters.Add(cluster);
        }

        if (pending.Count > 0)
        {
            if (clusters.Count == 0)
            {
                return [pending];
            }

            foreach (var dependent in pending)
            {
                Attach(clusters[^1].Members, clusters[^1].Base, dependent);
            }
        }

        return clusters.OrderBy(c => c.Base.Left).ThenBy(c => c.Base.Order).Select(c => c.Members).ToList();
    }

    private static bool IsDependent(PdfGlyph glyph) => glyph.IsMark || (glyph.Right - glyph.Left < Epsilon && !glyph.IsSpace);

    private static double Distance(PdfGlyph dependent, PdfGlyph glyph) =>
        dependent.Center < glyph.Left ? glyph.Left - dependent.Center : dependent.Center > glyph.Right ? dependent.Center - glyph.Right : 0;

    /// <summary>Marks go before a right-to-left base (they follow it once the line is reversed), after any other.</summary>
    private static void Attach(List<PdfGlyph> members, PdfGlyph baseGlyph, PdfGlyph dependent)
    {
        var rightToLeft = baseGlyph.Text.Length > 0 && BidiClassifier.IsStrongRightToLeft(BidiClassifier.Classify(baseGlyph.Text[0]));
        if (dependent.IsMark && rightToLeft)
        {
            members.Insert(members.IndexOf(baseGlyph), dependent);
        }
        else if (dependent.IsMark)
        {
            members.Add(dependent);
        }
        else
        {
            // A ligature's other letters keep the order the producer gave them relative to the base.
            var index = members.IndexOf(baseGlyph);
            members.Insert(dependent.Order < baseGlyph.Order ? index : index + 1, dependent);
        }
    }
}
