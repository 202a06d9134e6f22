using BriefingSite.Import;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Given seeds.yml or the import state naming paths that leave input/, when seeds are imported,
/// then nothing is written or deleted outside input/, the real input files stay, and the error
/// names the file and line.
/// </summary>
public sealed class ImportPathTests
{
    private const string Seed = "000_1993dceb7893cd24.txt";
    private const string RealInput = "input/ar/briefings/party-politics-in-iraq-where-to.md";

    [Theory]
    [InlineData("slug: ../../../escaped-seed", "seeds/seeds.yml:4:11: error: seed 000_1993dceb7893cd24.txt: slug")]
    [InlineData("lang: ../..", "seeds/seeds.yml:4:11: error: seed 000_1993dceb7893cd24.txt: '../..' is not a language")]
    [InlineData("abstracts:\n      ../x: text", "seeds/seeds.yml:5:13: error: seed 000_1993dceb7893cd24.txt: '../x' is not a language")]
    public void A_path_in_seeds_yml_is_refused_and_nothing_outside_input_changes(string setting, string expected)
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("seeds/seeds.yml", $"# stated by hand\nseeds:\n  {Seed}:\n    {setting}\n");
        var before = Snapshot(site.Root);

        var (code, _, errors) = CliRunner.Run("import", "--root", site.Root);

        Assert.Equal(1, code);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site.Root));
        Assert.True(File.Exists(Path.Combine(site.Root, RealInput)));
    }

    [Theory]
    [InlineData("../victim.md", "leads outside input/")]
    [InlineData("/tmp/victim.md", "leads outside input/")]
    [InlineData("en/../../victim.md", "leads outside input/")]
    [InlineData("site-yml-copy.yml", "is not a Markdown file")]
    public void An_import_state_naming_a_file_outside_input_is_refused_and_the_file_stays(string output, string message)
    {
        using var site = TempSite.CopyOfRepository();
        var victim = site.Write("victim.md", "precious");
        var state = site.Read("input/.import-state.yml");
        var recorded = $"output: ar/briefings/party-politics-in-iraq-where-to.md";
        site.Write("input/.import-state.yml", state.Replace(recorded, "output: " + output, StringComparison.Ordinal)
            .Replace("generated_sha256: 694955e1257f7e88fcfc388e7f7dd2b14aff52c16521f68a59175a0db33c79b8", "generated_sha256: " + ImportState.Hash("precious"), StringComparison.Ordinal));

        var (code, _, errors) = CliRunner.Run("import", "--root", site.Root);

        Assert.Equal(1, code);
        Assert.Contains($"input/.import-state.yml:4:13: error: seed {Seed}: output", errors, StringComparison.Ordinal);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(victim));
    }

    [Fact]
    public void A_briefings_folder_that_links_out_of_input_is_not_written_through()
    {
        using var site = TempSite.CopyOfRepository();
        var elsewhere = Directory.CreateDirectory(Path.Combine(site.Root, "elsewhere")).FullName;
        Directory.Delete(Path.Combine(site.Root, "input/en/briefings"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/en/briefings"), elsewhere);
        File.Delete(Path.Combine(site.Root, "input/.import-state.yml"));

        var (code, _, errors) = CliRunner.Run("import", "--root", site.Root, "--force");

        Assert.Equal(1, code);
        Assert.Contains("seeds/002_e438fd15e6a7b8e5.txt: error: the file for this seed 'en/briefings/the-new-landscape-of-iranian-politics.md' leads outside input/", errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
