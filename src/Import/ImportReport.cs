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
    IReadOnlyList<Diagnostic> Warnings);
