namespace BriefingSite.Import;

/// <summary>Metadata <see cref="MetadataLineReader"/> found in lines of their own: datelines, bylines, report numbers, a closing signature.</summary>
public sealed record TextMetadata
{
    /// <summary>Full date, ISO <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; init; }

    /// <summary>Year of a date written without a day ("September 2006").</summary>
    public int? Year { get; init; }

    public List<string> Authors { get; init; } = [];

    /// <summary>The office of the one author a dateline or lead-in names with it ("Department Spokesperson").</summary>
    public string? AuthorRole { get; init; }

    /// <summary>Publisher named in a dateline block: stated, so it wins over a guess from the cover.</summary>
    public string? Publisher { get; init; }

    /// <summary>An institution named on a line of its own at the start or end: the publisher when nothing else says.</summary>
    public string? Organisation { get; init; }

    /// <summary>A title the text's own markup states (a wikiextractor <c>&lt;doc title="…"&gt;</c> line).</summary>
    public string? Title { get; init; }

    /// <summary>A statement line of a dateline ("بيان لوزير الخارجية …"): a better title than the first words of the text.</summary>
    public string? StatementLine { get; init; }

    /// <summary>A title set over several short lines under a cover's date line: a better title than a guess.</summary>
    public string? TitleBelowDate { get; init; }

    public string? Url { get; init; }

    /// <summary>A report or series number such as <c>GAO-06-1046</c>.</summary>
    public string? ReportNumber { get; init; }
}
