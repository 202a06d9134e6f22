namespace BriefingSite.Import;

/// <summary>A quotation set apart from the text (<c>&gt;</c> lines, an indented block, or a paragraph wholly in quotation marks), written as a <c>&gt;</c> block.</summary>
public sealed record QuoteNode(string Text, int Line) : BodyNode(Text, Line);
