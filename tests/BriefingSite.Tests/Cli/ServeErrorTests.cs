using BriefingSite.Cli.Serve;
using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Cli;

/// <summary>
/// Given <c>briefing serve</c>, when an edit breaks a page or site.yml, then every error it prints
/// names the file (and line) in plain words, never a .NET type name; an output folder the build
/// does not own is refused before anything is served.
/// </summary>
public sealed class ServeErrorTests
{
    [Fact]
    public async Task Values_of_the_wrong_shape_are_reported_by_file_line_and_key_without_type_names()
    {
        using var site = TempSite.CopyOfRepository();
        var log = new SynchronisedLog();
        await using var session = await PreviewSession.StartAsync(new ServeOptions(site.Paths, Port: 0, Import: false), log.Writer);

        site.Write("input/en/bad.md", "---\ntitle: [a, b]\nlang: en\n---\nx\n");
        var afterPage = await log.WaitFor("Update failed");
        site.Write("site.yml", site.Read("site.yml").Replace("default_language: ar", "default_language: [ar]", StringComparison.Ordinal));
        var afterConfig = await log.WaitFor("Build failed");

        Assert.Contains("input/en/bad.md:2:8: error: invalid value for 'title': it cannot be a list here", afterPage, StringComparison.Ordinal);
        Assert.Matches(@"site\.yml:\d+:\d+: error: invalid value for 'default_language': it cannot be a list here", afterConfig);
        Assert.DoesNotContain("System.", afterConfig, StringComparison.Ordinal);
        Assert.DoesNotContain("Version=", afterConfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serving_into_a_source_folder_is_refused_before_anything_is_written()
    {
        using var site = TempSite.CopyOfRepository();
        var english = Path.Combine(site.Root, "input/en");
        var before = Directory.GetFiles(english, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        var error = await Assert.ThrowsAsync<SiteException>(() => PreviewSession.StartAsync(new ServeOptions(site.Paths with { Output = english }, Port: 0, Import: false), TextWriter.Null));
        var (code, _, errors) = CliRunner.Run("serve", "--root", site.Root, "--output", english, "--port", "0", "--no-import");

        Assert.Contains("source folder input", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, code);
        Assert.StartsWith("input/en: error: the output folder is, holds or lies inside the source folder input", errors, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(english, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
    }
}
