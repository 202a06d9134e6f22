namespace BriefingSite.Import;

/// <summary>A paragraph of running text; <see cref="SourceLines"/> counts the seed lines it came from.</summary>
public sealed record ParagraphNode(string Text, int Line, int SourceLines = 1) : BodyNode(Text, Line);
