using BriefingSite.Import;

namespace BriefingSite.Tests.Import.Corpus;

/// <summary>
/// A corpus text run through the real importer: the parsed seed, or the error that stopped it
/// (an importer that throws on one text must not stop the others from being measured).
/// </summary>
public sealed record CorpusImport(CorpusText Text, string Source, ParsedSeed? Seed, string? Error)
{
    public bool Imported => Seed is not null;

    /// <summary>The file the importer would write (front-matter and Markdown), or the error, as the golden holds it.</summary>
    public string Output => Seed is { } seed
        ? FrontMatterWriter.Write(seed.Meta, seed.Body)
        : "import failed: " + Error + "\n";
}
