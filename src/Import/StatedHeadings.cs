namespace BriefingSite.Import;

/// <summary>
/// Turns paragraphs into headings where the document's format says so (HTML <c>h2</c>, a Word
/// "Heading 1" style) instead of guessing from the text's shape. A format that states its
/// headings states all of them: no other paragraph becomes a heading.
/// </summary>
public static class StatedHeadings
{
    /// <param name="nodes">The body in reading order.</param>
    /// <param name="levels">1-based seed line of each heading → Markdown level (2 is a section).</param>
    public static List<BodyNode> Apply(IReadOnlyList<BodyNode> nodes, IReadOnlyDictionary<int, int> levels) =>
        [.. nodes.Select(node => node is ParagraphNode && levels.TryGetValue(node.Line, out var level)
            ? new HeadingNode(node.Text, node.Line, Math.Clamp(level, 2, 6))
            : node)];
}
