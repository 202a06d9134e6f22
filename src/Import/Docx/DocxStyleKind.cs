namespace BriefingSite.Import.Docx;

/// <summary>What a Word paragraph style makes of a paragraph.</summary>
public enum DocxStyleKind
{
    Body,
    Title,
    Subtitle,
    Author,
    Date,
    Abstract,
    Heading,

    /// <summary>A table of contents line, which Word fills from the headings: left out.</summary>
    Contents,
}
