namespace BriefingSite.Tests.Import.Corpus;

/// <summary>One corpus text: the raw seed file, the facts a person wrote for it and the accepted import (golden).</summary>
public sealed record CorpusText(string Name, string SeedPath, string FactsPath, string GoldenPath)
{
    public CorpusFacts Facts { get; } = CorpusFacts.Load(FactsPath);

    /// <summary>The seed's file name as the manifest lists it.</summary>
    public string FileName => Path.GetFileName(SeedPath);

    /// <summary>The original text of a document seed, when the corpus has it (see <see cref="ImportCorpus"/>).</summary>
    public string ReferencePath => Path.Combine(Path.GetDirectoryName(SeedPath)!, Name + ".reference.txt");

    public override string ToString() => Name;
}
