namespace BriefingSite.Tests.Import.Corpus;

/// <summary>How one corpus text fared: each count is of things a person listed in its facts.</summary>
public sealed record TextScore(string Name, string Lang, bool Imported, string? Error)
{
    public int HeadingsExpected { get; init; }

    public int HeadingsFound { get; init; }

    /// <summary>Headings in the output that the facts do not list.</summary>
    public List<string> FalseHeadings { get; init; } = [];

    public List<string> MissedHeadings { get; init; } = [];

    public int NotesExpected { get; init; }

    /// <summary>Notes with both a <c>[^n]</c> reference in the text and a <c>[^n]:</c> definition (at most the expected count).</summary>
    public int NotesLinked { get; init; }

    public int MetadataStated { get; init; }

    public int MetadataFound { get; init; }

    /// <summary>Stated fields the output got wrong or left out, as <c>field: expected → found</c>.</summary>
    public List<string> MetadataMissed { get; init; } = [];

    /// <summary>Furniture strings (or pattern matches) still in the body, one entry per occurrence.</summary>
    public List<string> FurnitureLeft { get; init; } = [];

    public int SourceWords { get; init; }

    public int WordsKept { get; init; }

    public int MustSurviveExpected { get; init; }

    public int MustSurviveFound { get; init; }
}
