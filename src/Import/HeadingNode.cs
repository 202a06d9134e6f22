namespace BriefingSite.Import;

/// <summary>A section heading, written as <c>##</c> (<see cref="Level"/> 2) or deeper for numbered sub-sections.</summary>
public sealed record HeadingNode(string Text, int Line, int Level = 2) : BodyNode(Text, Line);
