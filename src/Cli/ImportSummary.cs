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
        stdout.WriteLine($"  authors: {(r.Authors.Count == 0 ? "none" : "\u2068" + string.Join("\u2069, \u2068", r.Authors) + "\u2069")}; date: {r.Date ?? "none"}; publisher: {(r.Publisher is null ? "none" : $"\u2068{r.Publisher}\u2069")}{(r.ReportNumber is null ? "" : $"; report number {r.ReportNumber}")}");
        stdout.WriteLine($"  {r.Headings} headings, {r.Paragraphs} paragraphs, {r.Footnotes} footnotes; topics: {(r.Topics.Count == 0 ? "none" : string.Join(", ", r.Topics))}");
        if (r.Extractor is not null)
        {
            var kept = r.Images == 0 ? "" : r.Images == 1 ? "; 1 image kept" : $"; {r.Images} images kept";
            stdout.WriteLine($"  read with {r.Extractor}{kept}{(r.LeftOut.Count == 0 ? "; nothing left out" : "; " + string.Join("; ", r.LeftOut))}");
        }

        foreach (var removed in r.Removed)
        {
            stdout.WriteLine($"  removed: {removed}");
        }

        foreach (var pair in r.ProposedPairs)
        {
            stdout.WriteLine($"  looks like a translation of {pair.Seed} ({string.Join("; ", pair.Evidence)}): to pair them, give both 'translation_key: {pair.TranslationKey}' in seeds/seeds.yml");
        }

        if (r.Warnings.Count > 0)
        {
            stdout.WriteLine($"  {r.Warnings.Count} warning(s), listed below");
        }
    }
}
