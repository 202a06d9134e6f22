namespace BriefingSite.Import.Docx;

/// <summary>Something in the document that is not text (an image, a chart, an equation), with its alt text where it has one.</summary>
public sealed record DocxLeftOut(string Kind, string? AltText);
