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

    [Fact]
    public void A_staged_page_keeps_the_links_the_check_reads_and_shares_values_between_pages_but_holds_no_external_address()
    {
        using var site = TempSite.Empty();
        using var stage = StagedOutput.Open(new AtomicOutputWriter(site.Output, "output"));
        const string Page = """<p id="fn:1"><a href="https://example.org/share?u=1&amp;t=2">x</a> <a href="mailto:a@example.org">m</a> <a href="javascript:alert(1)">j</a> <a href="../index.html#top">t</a> <img src="data:image/png;base64,AA" alt=""></p>""";

        stage.Add(new OutputFile("en/a.html", Page));
        stage.Add(new OutputFile("en/b.html", Page));

        var pages = stage.Pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
        Assert.Equal(["javascript:alert(1)", "../index.html#top"], pages[0].Links.Select(l => l.Value));
        Assert.Same(pages[0].Links[1].Value, pages[1].Links[1].Value);
        Assert.Same(pages[0].Ids.Single(), pages[1].Ids.Single());
        Assert.Contains(stage.Validate(), d => d.File == "en/a.html" && d.Message.Contains("unsafe link", StringComparison.Ordinal));
    }

    private static string[] Folders(string root) => [.. Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
