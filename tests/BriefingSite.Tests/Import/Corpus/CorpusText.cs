namespace BriefingSite.Tests.Import.Corpus;

/// <summary>One corpus text: the raw seed file, the facts a person wrote for it and the accepted import (golden).</summary>
public sealed record CorpusText(string Name, string SeedPath, string FactsPath, string GoldenPath)
{
    public CorpusFacts Facts { get; } = CorpusFacts.Load(FactsPath);

    public override string ToString() => Name;
}
