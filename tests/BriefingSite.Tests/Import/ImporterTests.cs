using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import;

/// <summary>Given the real seeds, importing is safe to repeat and never overwrites a hand edit.</summary>
public sealed class ImporterTests
{
    private const string EnglishFile = "input/en/briefings/the-new-landscape-of-iranian-politics.md";

    [Fact]
    public void Importing_into_the_repository_input_changes_nothing()
    {
        using var site = TempSite.CopyOfRepository();
        var before = Snapshot(site);
        Assert.True(site.Build().Succeeded);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void Importing_twice_from_scratch_writes_the_same_files()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);
        Assert.True(site.Build().Succeeded);
        var first = Snapshot(site);
        Assert.True(site.Build().Succeeded);
        Assert.Equal(first, Snapshot(site));
        Assert.Contains(first.Keys, k => k.EndsWith("the-new-landscape-of-iranian-politics.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hand_edited_input_file_survives_reimport_and_reaches_the_page()
    {
        using var site = TempSite.CopyOfRepository();
        var edited = site.Read(EnglishFile).Replace("Sitting In", "Sitting In Parliament", StringComparison.Ordinal);
        site.Write(EnglishFile, edited);

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(edited, site.Read(EnglishFile));
        Assert.Contains("Sitting In Parliament", site.Read("output/en/briefings/the-new-landscape-of-iranian-politics.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_strict_build_of_the_committed_input_passes_but_a_fresh_import_reports_the_seed_warnings()
    {
        using var site = TempSite.CopyOfRepository();
        Assert.True(site.Build(strict: true).Succeeded);

        using var fresh = TempSite.CopyOfRepository(withInput: false);
        var result = fresh.Build();
        Assert.Contains(result.Diagnostics, d => d.Message.Contains('涕', StringComparison.Ordinal) && d.Line == 39);
    }

    [Fact]
    public void Two_seeds_with_the_same_slug_are_an_error_naming_both()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);
        site.Write("seeds/900_copy.txt", site.Read("seeds/002_e438fd15e6a7b8e5.txt"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == BriefingSite.Diagnostics.Severity.Error);
        Assert.Contains("002_e438fd15e6a7b8e5.txt and 900_copy.txt", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Snapshot(TempSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Root, "input"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Root, f), File.ReadAllText);
}
