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

        Assert.True(File.Exists(golden), $"{name}: no golden; run {Regenerate}");
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
        if (expected != import.Output)
        {
            Assert.Fail(FirstDifference(name, expected, import.Output));
        }
    }

    private const string Regenerate = "UPDATE_IMPORT_SPECS=1 dotnet test tests/BriefingSite.Tests --filter ImportSpec";

    /// <summary>The first line that differs, so a moved text is found without diffing by hand.</summary>
    private static string FirstDifference(string name, string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(want.Length, got.Length)).First(i => i >= want.Length || i >= got.Length || want[i] != got[i]);
        string At(string[] lines) => line < lines.Length ? lines[line] : "(end of file)";
        return $"{name}.expected.md:{line + 1}: the import differs from the accepted golden\n  golden: {At(want)}\n  import: {At(got)}\nIf the change is intended, run {Regenerate} and review git diff.";
    }
}
