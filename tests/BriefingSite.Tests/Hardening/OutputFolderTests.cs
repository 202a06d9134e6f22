using BriefingSite.Publishing;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Given a site with a repository, when --output names a folder the build does not own, then the
/// build refuses, naming the folder and what to do, and every file there is left as it was.
/// </summary>
public sealed class OutputFolderTests
{
    [Theory]
    [InlineData(".", "is the site folder or holds it")]
    [InlineData("..", "is the site folder or holds it")]
    [InlineData("input", "source folder input")]
    [InlineData("input/en", "source folder input")]
    [InlineData("theme/layouts", "source folder theme")]
    [InlineData("seeds/out", "source folder seeds")]
    [InlineData(".git", "inside a .git folder")]
    [InlineData(".git/objects/site", "inside a .git folder")]
    [InlineData("notes", "holds no .briefing-output file")]
    [InlineData("link-to-english", "source folder input")]
    public void An_output_the_build_does_not_own_is_refused_and_left_alone(string output, string message)
    {
        using var site = TempSite.CopyOfRepository();
        site.Write(".git/HEAD", "ref: refs/heads/main\n");
        site.Write(".git/objects/ab/cdef", "object");
        site.Write("notes/todo.txt", "my own notes");
        File.CreateSymbolicLink(Path.Combine(site.Root, "link-to-english"), Path.Combine(site.Root, "input/en"));
        var before = Snapshot(site.Root);

        var (code, _, errors) = CliRunner.Run("build", "--root", site.Root, "--output", Path.Combine(site.Root, output));

        Assert.Equal(1, code);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Contains("error:", errors, StringComparison.Ordinal);
        Assert.Contains("--output", errors, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site.Root));
    }

    [Fact]
    public void A_new_folder_becomes_a_marked_output_that_later_builds_replace()
    {
        using var site = TempSite.CopyOfRepository();
        var output = Path.Combine(site.Root, "public");

        Assert.Equal(0, CliRunner.Run("build", "--root", site.Root, "--output", output).Code);
        site.Write("input/en/about.md", site.Read("input/en/about.md") + "\nOne more line.\n");
        var (code, _, errors) = CliRunner.Run("build", "--root", site.Root, "--output", output);

        Assert.True(code == 0, errors);
        Assert.True(OutputMarker.IsIn(output));
        Assert.Contains("One more line.", File.ReadAllText(Path.Combine(output, "en/about.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void An_output_of_a_version_older_than_the_marker_is_recognised_by_its_build_stamp(bool foreignFileAdded, int expectedCode)
    {
        using var site = TempSite.CopyOfRepository();
        Assert.Equal(0, CliRunner.Run("build", "--root", site.Root).Code);
        File.Delete(Path.Combine(site.Output, OutputMarker.FileName));
        var stamp = BriefingSite.Pipeline.BuildStamp.Load(site.Output)!;
        (stamp with { Files = BriefingSite.Pipeline.BuildStamp.Scan(site.Output) }).Save(site.Output);
        if (foreignFileAdded)
        {
            site.Write("output/my-notes.txt", "not written by a build");
        }

        var (code, _, errors) = CliRunner.Run("build", "--root", site.Root, "--clean");

        Assert.True(code == expectedCode, errors);
        Assert.Equal(foreignFileAdded, File.Exists(Path.Combine(site.Output, "my-notes.txt")));
    }

    [Fact]
    public void An_empty_folder_may_be_the_output()
    {
        using var site = TempSite.CopyOfRepository();
        Directory.CreateDirectory(site.Output);

        Assert.Equal(0, CliRunner.Run("build", "--root", site.Root).Code);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Clean_leaves_a_backup_folder_named_like_a_leftover()
    {
        using var site = TempSite.CopyOfRepository();
        var backup = site.Write("output.old-backup/index.html", "<p>my backup</p>");
        Assert.True(site.Build().Succeeded);

        Assert.Equal(0, CliRunner.Run("build", "--clean", "--root", site.Root).Code);

        Assert.Equal("<p>my backup</p>", File.ReadAllText(backup));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
