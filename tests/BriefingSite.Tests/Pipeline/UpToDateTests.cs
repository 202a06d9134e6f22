using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Pipeline;

/// <summary>Given a built site, a rebuild renders again only when something it reads, or the output, changed.</summary>
public sealed class UpToDateTests
{
    [Fact]
    public void A_rebuild_with_nothing_changed_stops_before_rendering_and_leaves_the_output_as_it_was()
    {
        using var site = TempSite.CopyOfRepository();
        var first = site.Build();
        var before = Snapshot(site);

        var second = site.Build();

        Assert.True(second.Succeeded);
        Assert.Contains(first.Timings, t => t.Step == "render");
        Assert.DoesNotContain(second.Timings, t => t.Step == "render");
        Assert.Equal(first.FilesWritten, second.FilesWritten);
        Assert.Equal(first.PagesPerLanguage, second.PagesPerLanguage);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void Editing_an_input_file_renders_the_site_again()
    {
        using var site = TempSite.CopyOfRepository();
        site.Build();
        var about = site.Read("input/en/about.md");
        site.Write("input/en/about.md", about.Replace("Briefing Site republishes", "Briefing Site now republishes", StringComparison.Ordinal));

        var result = site.Build();

        Assert.Contains(result.Timings, t => t.Step == "render");
        Assert.Contains("Briefing Site now republishes", File.ReadAllText(Path.Combine(site.Output, "en/about.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_theme_or_touching_the_output_renders_the_site_again()
    {
        using var site = TempSite.CopyOfRepository();
        site.Build();
        site.Write("theme/i18n/en.yml", site.Read("theme/i18n/en.yml") + "\n");
        Assert.Contains(site.Build().Timings, t => t.Step == "render");

        File.Delete(Path.Combine(site.Output, "en/about.html"));
        var result = site.Build();

        Assert.Contains(result.Timings, t => t.Step == "render");
        Assert.True(File.Exists(Path.Combine(site.Output, "en/about.html")));
    }

    private static Dictionary<string, string> Snapshot(TempSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
