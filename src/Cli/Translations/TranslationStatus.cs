namespace BriefingSite.Cli.Translations;

/// <summary>One language's page of a translation key, as <c>briefing translations</c> reports it.</summary>
/// <param name="Status"><c>original</c>, <c>current</c>, <c>stale</c>, <c>present</c> (no <c>translation_of</c> record) or <c>missing</c>.</param>
/// <param name="OriginalChanged">For a stale translation: the day its original's file last changed (git, else the file's time).</param>
public sealed record TranslationCell(string Language, string Status, string? File = null, string? OriginalFile = null, string? Confirmed = null, string? OriginalChanged = null);

/// <summary>The pages of one translation key (or of one page without a key), one cell per site language.</summary>
public sealed record TranslationRow(string? Key, IReadOnlyList<TranslationCell> Cells)
{
    public IEnumerable<TranslationCell> Stale => Cells.Where(c => c.Status == "stale");

    public IEnumerable<TranslationCell> Missing => Cells.Where(c => c.Status == "missing");
}
