namespace BriefingSite.Import;

/// <summary>
/// Joins paragraphs cut in two by a page break. A paragraph or numbered item that ends
/// mid-sentence is joined with the paragraph after it (page numbers between are dropped and
/// reported). Where either side may be a heading (a short line), they are joined only when the
/// second starts in lower case. A bullet is only joined when its list resumes after that
/// paragraph: a last bullet without a full stop is usually just the end of the list, so it is
/// left alone and reported. A block of short lines (a dateline, an address, the rows left of a
/// table) is not running text, so a page break cannot have cut it.
/// </summary>
public static class PageBreakJoiner
{
    public static List<BodyNode> Join(IReadOnlyList<BodyNode> nodes, Action<BodyNode> pageNumberRemoved, Action<ListItemNode> unsureBullet)
    {
        var result = new List<BodyNode>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var current = nodes[i];
            while (MayBeCut(current))
            {
                var next = i + 1;
                var skipped = new List<BodyNode>();
                while (next < nodes.Count && PageNumber.Is(nodes[next].Text) && nodes[next] is ParagraphNode)
                {
                    skipped.Add(nodes[next]);
                    next++;
                }

                if (next >= nodes.Count || nodes[next] is not ParagraphNode continuation
                    || ((LooksLikeHeading(current) || LooksLikeHeading(continuation)) && !StartsInLowerCase(continuation.Text)))
                {
                    break;
                }

                if (current is ListItemNode { IsOrdered: false } bullet && !ListResumes(nodes, next + 1, bullet))
                {
                    unsureBullet(bullet);
                    break;
                }

                skipped.ForEach(pageNumberRemoved);
                current = current with { Text = BodyNodeReader.JoinWrapped([current.Text, continuation.Text]) };
                i = next;
            }

            result.Add(current);
        }

        return result;
    }

    /// <summary>Shorter on average than any wrapped line of running text.</summary>
    private const int MaxShortLinesAverage = 40;

    /// <summary>Ends mid-sentence. A short line may also be a heading: see <see cref="Join"/>.</summary>
    private static bool MayBeCut(BodyNode node) =>
        node is ParagraphNode or ListItemNode && !SentenceEnd.Ends(node.Text) && !PageNumber.Is(node.Text) && !IsShortLines(node);

    private static bool IsShortLines(BodyNode node) =>
        node is ParagraphNode { SourceLines: >= 2 } paragraph && paragraph.Text.Length / paragraph.SourceLines < MaxShortLinesAverage;

    /// <summary>A heading-like line is only joined when the next text starts in lower case (Latin script).</summary>
    private static bool LooksLikeHeading(BodyNode node) => node is ParagraphNode paragraph && HeadingDetector.LooksLikeHeading(paragraph);

    private static bool StartsInLowerCase(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static bool ListResumes(IReadOnlyList<BodyNode> nodes, int index, ListItemNode bullet) =>
        index < nodes.Count && nodes[index] is ListItemNode after && after.IsOrdered == bullet.IsOrdered && after.Level == bullet.Level;
}
