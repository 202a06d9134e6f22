namespace BriefingSite.Tests.Import.Corpus;

/// <summary>
/// Markdig-style specs: each corpus text's import (front-matter and Markdown, or the error) must
/// equal its golden <c>&lt;name&gt;.expected.md</c>, so a rule change shows every text it moves.
/// Regenerate after an intended change with
/// <c>UPDATE_IMPORT_SPECS=1 dotnet test tests/BriefingSite.Tests --filter ImportSpec</c>
/// and review the result with <c>git diff</c>.
/// </summary>
public sealed class ImportSpecTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("UPDATE_IMPORT_SPECS") == "1";

    public static TheoryData<string> Names => ImportCorpus.Names;

    [Theory]
    [MemberData(nameof(Names))]
    public void Import_matches_the_accepted_golden(string name)
    {
        var import = ImportCorpus.For(name);
        var golden = import.Text.GoldenPath;
        if (Update)
        {
            File.WriteAllText(golden, import.Output);
        }

        Assert.True(File.Exists(golden), $"{name}: no golden; run UPDATE_IMPORT_SPECS=1 dotnet test --filter ImportSpec");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), import.Output);
    }
}
