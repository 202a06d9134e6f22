using BriefingSite.Import;

namespace BriefingSite.Cli;

/// <summary>The per-seed import report: what was found and what was done with the file.</summary>
public static class ImportSummary
{
    public static void Write(ImportOutcome outcome, TextWriter stdout)
    {
        var r = outcome.Report;
        stdout.WriteLine($"{r.Seed} → {outcome.OutputFile} ({outcome.Action})");
        stdout.WriteLine($"  language {r.Language}; title \u2068{r.Title}\u2069; slug {r.Slug}");
        stdout.WriteLine($"  {r.Headings} headings, {r.Paragraphs} paragraphs, {r.Footnotes} footnotes; topics: {(r.Topics.Count == 0 ? "none" : string.Join(", ", r.Topics))}");
        foreach (var removed in r.Removed)
        {
            stdout.WriteLine($"  removed: {removed}");
        }

        if (r.Warnings.Count > 0)
        {
            stdout.WriteLine($"  {r.Warnings.Count} warning(s), listed below");
        }
    }
}
