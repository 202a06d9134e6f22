using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingSite.Import.Docx;

/// <summary>A paragraph's text (<c>\n</c> where Word breaks the line), what it left out, the text boxes drawn in it and its pictures.</summary>
public sealed record DocxInline(string Text, IReadOnlyList<DocxLeftOut> LeftOut, IReadOnlyList<TextBoxContent> TextBoxes, IReadOnlyList<DocxPicture> Pictures);
