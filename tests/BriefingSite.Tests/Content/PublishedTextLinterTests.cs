using BriefingSite.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Content;

/// <summary>A conversion slip in a published page is a warning on every build, an error under --strict, until a person fixes the text.</summary>
public sealed class PublishedTextLinterTests
{
    private const string Briefing = "input/ar/briefings/party-politics-in-iraq-where-to.md";

    [Fact]
    public void A_letter_from_another_script_inside_a_word_of_input_warns_on_every_build_with_its_line_and_column()
    {
        using var site = TempSite.CopyOfRepository();
        var text = site.Read(Briefing);
        site.Write(Briefing, text.Replace("على وتيرة ثابتة", "على و涕ة ثابتة", StringComparison.Ordinal));
        var line = site.Read(Briefing).Split('\n').ToList().FindIndex(l => l.Contains("و涕ة", StringComparison.Ordinal)) + 1;

        foreach (var build in new[] { site.Build(), site.Build(), site.Build(import: false) })
        {
            Assert.True(build.Succeeded);
            var warning = Assert.Single(build.Diagnostics, d => d.Message.Contains('涕'));
            Assert.Equal((Severity.Warning, Briefing, line), (warning.Severity, warning.File, warning.Line));
            Assert.True(warning.Column > 1);
        }

        var strict = site.Build(strict: true);
        Assert.False(strict.Succeeded);
    }

    [Fact]
    public void The_repositorys_input_has_no_such_slip_left() =>
        Assert.DoesNotContain(
            Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input"), "*.md", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains('涕'));
}
