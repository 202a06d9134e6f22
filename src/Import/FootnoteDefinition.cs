namespace BriefingSite.Import;

/// <summary>A footnote's text and the seed line its definition is on.</summary>
public sealed record FootnoteDefinition(string Text, int Line);
