using BriefingSite.Tests.Support;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Import.Corpus;

/// <summary>
/// Given the import corpus (real texts the rules were not written from), when every text is
/// imported, then the scores stay at or above today's floors (<see cref="ImportCorpusFloors"/>).
/// The per-text table is printed and written to <c>artifacts/import-corpus/report.md</c>.
/// </summary>
public sealed class ImportCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<CorpusScore> Scored = new(() => ImportCorpusScorer.Score(ImportCorpus.All));

    [Fact]
    public void Every_text_has_facts_and_a_row_in_the_manifest()
    {
        var manifest = File.ReadAllText(Path.Combine(ImportCorpus.Folder, "MANIFEST.md"));
        Assert.True(ImportCorpus.Texts.Count >= 25, $"the corpus has {ImportCorpus.Texts.Count} texts; issue 11 asks for at least 25");
        foreach (var text in ImportCorpus.Texts)
        {
            Assert.True(File.Exists(text.FactsPath), text.Name + ": no facts file");
            Assert.Contains(new[] { "ar", "en", "fa" }, l => l == text.Facts.Lang);
            Assert.Contains("| " + text.FileName + " |", manifest, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Scores_stay_at_or_above_the_floors()
    {
        var score = Scored.Value;
        var report = CorpusReportWriter.Write(score);
        output.WriteLine(report);
        var folder = Path.Combine(RepoPaths.Root, "artifacts", "import-corpus");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.md"), report);

        Assert.True(score.ImportedCount >= ImportCorpusFloors.MinimumImported, $"imported {score.ImportedCount}, floor {ImportCorpusFloors.MinimumImported}");
        Assert.True(score.HeadingRecall >= ImportCorpusFloors.MinimumHeadingRecall, $"heading recall {score.HeadingRecall:P1}, floor {ImportCorpusFloors.MinimumHeadingRecall:P1}");
        Assert.True(score.FalseHeadingsPerTenTexts <= ImportCorpusFloors.MaximumFalseHeadingsPerTenTexts, $"false headings per ten texts {score.FalseHeadingsPerTenTexts:0.0}, ceiling {ImportCorpusFloors.MaximumFalseHeadingsPerTenTexts:0.0}");
        Assert.True(score.NoteLinkRate >= ImportCorpusFloors.MinimumNoteLinkRate, $"notes linked {score.NoteLinkRate:P1}, floor {ImportCorpusFloors.MinimumNoteLinkRate:P1}");
        Assert.True(score.MetadataRate >= ImportCorpusFloors.MinimumMetadataRate, $"metadata {score.MetadataRate:P1}, floor {ImportCorpusFloors.MinimumMetadataRate:P1}");
        Assert.True(score.FurnitureLeft <= ImportCorpusFloors.MaximumFurnitureLeft, $"furniture left {score.FurnitureLeft}, ceiling {ImportCorpusFloors.MaximumFurnitureLeft}");
        Assert.True(score.WordRecall >= ImportCorpusFloors.MinimumWordRecall, $"word recall {score.WordRecall:P2}, floor {ImportCorpusFloors.MinimumWordRecall:P2}");
    }
}
