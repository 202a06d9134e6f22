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

    private static Dictionary<string, string> Snapshot(TempSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Root, "input"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Root, f), File.ReadAllText);
}
