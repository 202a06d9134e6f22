namespace BriefingSite.Import.Docx;

/// <summary>A picture stored in the package (not a chart, not a linked file): its bytes, its part's name and its description.</summary>
/// <param name="Alt">The drawing's description (alt text) or title; null when it has none.</param>
public sealed record DocxPicture(byte[] Bytes, string PartName, string? Alt);
