namespace BriefingSite.Tests.Import.Corpus;

/// <summary>Totals over the corpus, in the terms of issue 11's targets.</summary>
public sealed record CorpusScore(IReadOnlyList<TextScore> Texts)
{
    public int TextCount => Texts.Count;

    public int ImportedCount => Texts.Count(t => t.Imported);

    public int HeadingsExpected => Texts.Sum(t => t.HeadingsExpected);

    public int HeadingsFound => Texts.Sum(t => t.HeadingsFound);

    public int FalseHeadings => Texts.Sum(t => t.FalseHeadings.Count);

    public int NotesExpected => Texts.Sum(t => t.NotesExpected);

    public int NotesLinked => Texts.Sum(t => t.NotesLinked);

    public int MetadataStated => Texts.Sum(t => t.MetadataStated);

    public int MetadataFound => Texts.Sum(t => t.MetadataFound);

    public int FurnitureLeft => Texts.Sum(t => t.FurnitureLeft.Count);

    public int TextsWithFurnitureLeft => Texts.Count(t => t.FurnitureLeft.Count > 0);

    public long SourceWords => Texts.Sum(t => (long)t.SourceWords);

    public long WordsKept => Texts.Sum(t => (long)t.WordsKept);

    public double HeadingRecall => Rate(HeadingsFound, HeadingsExpected);

    /// <summary>False headings per ten texts (target: at most one).</summary>
    public double FalseHeadingsPerTenTexts => TextCount == 0 ? 0 : FalseHeadings * 10.0 / TextCount;

    public double NoteLinkRate => Rate(NotesLinked, NotesExpected);

    public double MetadataRate => Rate(MetadataFound, MetadataStated);

    public double WordRecall => Rate(WordsKept, SourceWords);

    public double ImportedRate => Rate(ImportedCount, TextCount);

    private static double Rate(long part, long whole) => whole == 0 ? 1 : (double)part / whole;
}
