using BriefingSite.Diagnostics;
using BriefingSite.Publishing;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Pipeline;

/// <summary>Pages go to a staging folder as they render; only a build that passes every check replaces output/.</summary>
public sealed class StagedOutputTests
{
    [Fact]
    public void A_build_that_fails_its_link_check_after_staging_every_page_leaves_the_previous_output_and_no_staging_folder()
    {
        using var site = TempSite.CopyOfRepository();
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);
        var about = site.Read("input/en/about.md");
        site.Write("input/en/about.md", about + "\nSee [the archive](archive.html).\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == "output/en/about.html" && d.Message.Contains("archive.html", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Equal(["output"], Folders(site.Root).Where(f => f.StartsWith("output", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_leaves_no_folder_beside_it()
    {
        using var site = TempSite.CopyOfRepository();
        Assert.True(site.Build().Succeeded);
        site.Write("input/en/about.md", site.Read("input/en/about.md") + "\nOne more line.\n");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Contains("One more line.", File.ReadAllText(Path.Combine(site.Output, "en/about.html")), StringComparison.Ordinal);
        Assert.Equal(["output"], Folders(site.Root).Where(f => f.StartsWith("output", StringComparison.Ordinal)));
        Assert.Equal(result.FilesWritten, Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != OutputMarker.FileName));
    }

    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("en/../../escaped.html")]
    public void A_file_outside_the_output_folder_is_refused(string path)
    {
        using var site = TempSite.Empty();
        using var stage = StagedOutput.Open(new AtomicOutputWriter(site.Output, "output"));

        var error = Assert.Throws<SiteException>(() => stage.Add(new OutputFile(path, "<p>x</p>")));

        Assert.Contains("outside the output folder", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "escaped.html")));
    }

    [Fact]
    public void Two_outputs_with_one_path_are_refused_and_an_uncommitted_stage_is_deleted()
    {
        using var site = TempSite.Empty();
        string folder;
        using (var stage = StagedOutput.Open(new AtomicOutputWriter(site.Output, "output")))
        {
            folder = stage.Folder;
            stage.Add(new OutputFile("en/index.html", "<p>one</p>"));

            var error = Assert.Throws<SiteException>(() => stage.Add(new OutputFile("en/index.html", "<p>two</p>")));

            Assert.Contains("same path", error.Message, StringComparison.Ordinal);
            Assert.Equal("<p>one</p>", File.ReadAllText(Path.Combine(folder, "en/index.html")));
        }

        Assert.False(Directory.Exists(folder));
        Assert.False(Directory.Exists(site.Output));
    }

    private static string[] Folders(string root) => [.. Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
