namespace BriefingSite.Import;

/// <summary>A section heading, written as <c>##</c>.</summary>
public sealed record HeadingNode(string Text, int Line) : BodyNode(Text, Line);
