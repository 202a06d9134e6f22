namespace BriefingSite.Import;

/// <summary>One piece of a seed's body, in reading order: a paragraph, a heading or a list item.</summary>
/// <param name="Text">The text, lines joined by single spaces.</param>
/// <param name="Line">1-based seed line the piece starts on, for warnings.</param>
public abstract record BodyNode(string Text, int Line);
