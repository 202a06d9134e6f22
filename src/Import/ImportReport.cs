using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>What importing one seed produced, printed by <c>briefing import</c>.</summary>
public sealed record ImportReport(
    string Seed,
    string Language,
    string Title,
    string Slug,
    int Headings,
    int Paragraphs,
    int Footnotes,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Removed,
    IReadOnlyList<Diagnostic> Warnings)
{
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publication date found or given, ISO <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; init; }

    public string? Publisher { get; init; }

    public string? ReportNumber { get; init; }

    /// <summary>The program that took the text out of a document (a PDF), or null for a text file.</summary>
    public string? Extractor { get; init; }

    /// <summary>What the extractor left out of the text (figures, images).</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];

    /// <summary>Images kept from a web page or Word file, written beside the briefing.</summary>
    public int Images { get; init; }

    /// <summary>Markdown tables in the body.</summary>
    public int Tables { get; init; }

    /// <summary>Seeds in other languages this one looks like a translation of, with the evidence.</summary>
    public IReadOnlyList<PairProposal> ProposedPairs { get; init; } = [];

    /// <summary>A table is a header row followed by a delimiter row (<c>|---|</c>).</summary>
    public static int CountTables(string markdown) =>
        markdown.Split('\n').Count(l => l.TrimStart().StartsWith('|') && l.Contains("---", StringComparison.Ordinal) && l.Trim().Trim('|').Split('|').All(c => c.Trim().Trim(':').All(ch => ch == '-')));
}
