namespace BriefingSite.Import.Docx;

/// <summary>
/// A paragraph style as the importer sees it: its kind, its Markdown level for a heading
/// (Heading 1 is 2), and the list numbering the style itself carries (List Bullet, List Number).
/// </summary>
public sealed record DocxStyle(DocxStyleKind Kind, int Level = 0, int? NumberingId = null, int NumberingLevel = 0)
{
    public static readonly DocxStyle Body = new(DocxStyleKind.Body);
}
