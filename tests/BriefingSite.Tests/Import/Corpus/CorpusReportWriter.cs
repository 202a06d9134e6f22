using System.Globalization;
using System.Text;

namespace BriefingSite.Tests.Import.Corpus;

/// <summary>The corpus score as Markdown: a row per text, totals against issue 11's targets, then what each text missed.</summary>
public static class CorpusReportWriter
{
    public static string Write(CorpusScore score)
    {
        var md = new StringBuilder();
        md.AppendLine("| text | lang | imported | headings found/expected | false headings | notes linked/expected | metadata found/stated | furniture left | words kept | must-survive |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var t in score.Texts)
        {
            md.AppendLine(Invariant($"| {t.Name} | {t.Lang} | {(t.Imported ? "yes" : "**no**")} | {t.HeadingsFound}/{t.HeadingsExpected} | {t.FalseHeadings.Count} | {t.NotesLinked}/{t.NotesExpected} | {t.MetadataFound}/{t.MetadataStated} | {t.FurnitureLeft.Count} | {Percent(t.SourceWords == 0 ? 1 : (double)t.WordsKept / t.SourceWords)} ({t.WordsKept}/{t.SourceWords}) | {t.MustSurviveFound}/{t.MustSurviveExpected} |"));
        }

        md.AppendLine();
        md.AppendLine("| measure | today | target (issue 11) |");
        md.AppendLine("|---|---|---|");
        md.AppendLine(Invariant($"| texts imported | {score.ImportedCount}/{score.TextCount} | all |"));
        md.AppendLine(Invariant($"| headings found | {Percent(score.HeadingRecall)} ({score.HeadingsFound}/{score.HeadingsExpected}) | ≥ {Percent(ImportCorpusFloors.TargetHeadingRecall)} |"));
        md.AppendLine(Invariant($"| false headings per ten texts | {score.FalseHeadingsPerTenTexts:0.0} ({score.FalseHeadings} in {score.TextCount} texts) | ≤ {ImportCorpusFloors.TargetFalseHeadingsPerTenTexts:0.0} |"));
        md.AppendLine(Invariant($"| notes linked both ways | {Percent(score.NoteLinkRate)} ({score.NotesLinked}/{score.NotesExpected}) | ≥ {Percent(ImportCorpusFloors.TargetNoteLinkRate)} |"));
        md.AppendLine(Invariant($"| stated metadata found | {Percent(score.MetadataRate)} ({score.MetadataFound}/{score.MetadataStated}) | ≥ {Percent(ImportCorpusFloors.TargetMetadataRate)} |"));
        md.AppendLine(Invariant($"| furniture left in bodies | {score.FurnitureLeft} (in {score.TextsWithFurnitureLeft} texts) | {ImportCorpusFloors.TargetFurnitureLeft} |"));
        md.AppendLine(Invariant($"| body words kept | {Percent(score.WordRecall)} ({score.WordsKept}/{score.SourceWords}) | ≥ {Percent(ImportCorpusFloors.TargetWordRecall)} |"));
        md.AppendLine();
        foreach (var t in score.Texts.Where(HasMisses))
        {
            md.AppendLine("### " + t.Name);
            Line(md, "import failed", t.Error is null ? [] : [t.Error]);
            Line(md, "missed headings", t.MissedHeadings);
            Line(md, "false headings", t.FalseHeadings);
            Line(md, "metadata", t.MetadataMissed);
            Line(md, "furniture left", [.. t.FurnitureLeft.Distinct()]);
            md.AppendLine();
        }

        return md.ToString();
    }

    private static bool HasMisses(TextScore t) =>
        t.Error is not null || t.MissedHeadings.Count > 0 || t.FalseHeadings.Count > 0 || t.MetadataMissed.Count > 0 || t.FurnitureLeft.Count > 0;

    private static void Line(StringBuilder md, string label, List<string> items)
    {
        if (items.Count > 0)
        {
            md.AppendLine("- " + label + ": " + string.Join(" · ", items.Select(i => i.ReplaceLineEndings(" "))));
        }
    }

    private static string Percent(double rate) => rate.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
