using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingSite.Import.Docx;

/// <summary>A paragraph's text (<c>\n</c> where Word breaks the line), what it left out, and the text boxes drawn in it.</summary>
public sealed record DocxInline(string Text, IReadOnlyList<DocxLeftOut> LeftOut, IReadOnlyList<TextBoxContent> TextBoxes);
