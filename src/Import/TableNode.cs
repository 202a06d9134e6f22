namespace BriefingSite.Import;

/// <summary>A table read from aligned columns; the first row is its header. <see cref="BodyNode.Text"/> is every cell, for counting and summaries.</summary>
public sealed record TableNode(IReadOnlyList<IReadOnlyList<string>> Rows, int Line)
    : BodyNode(string.Join(" ", Rows.SelectMany(r => r)), Line);
