namespace BriefingSite.Import.Docx;

/// <summary>The paragraphs a document marks as its title, subtitle, authors, date and abstract by their styles.</summary>
public sealed class DocxStyledMetadata
{
    public string? Title { get; set; }

    public List<string> Subtitles { get; } = [];

    public List<string> Authors { get; } = [];

    public List<string> Dates { get; } = [];

    public List<string> Abstracts { get; } = [];
}
