using System.Diagnostics;
using System.Text.Json;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Theme;

/// <summary>
/// Given the repository's site built into a temp folder, the Nu HTML checker (vnu.jar, installed by
/// <c>npm install</c> at the repository root; .ci/run does it)
/// reports no error on any page.
/// </summary>
public sealed class HtmlValidityTests(BuiltSiteFixture site, TranslatedPairSite pair, PaginatedSite paginated, ThreeLanguageSite threeLanguages)
    : IClassFixture<BuiltSiteFixture>, IClassFixture<TranslatedPairSite>, IClassFixture<PaginatedSite>, IClassFixture<ThreeLanguageSite>
{
    public static string VnuJar { get; } = Path.Combine(RepoPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task The_nu_validator_finds_no_error_in_the_output() => await AssertValid(site.Site.Output);

    [Fact]
    public async Task The_nu_validator_finds_no_error_in_a_site_with_a_translated_pair_and_its_side_by_side_view()
    {
        Assert.True(pair.Result.Succeeded);
        await AssertValid(pair.Output);
    }

    [Fact]
    public async Task The_nu_validator_finds_no_error_in_a_site_whose_listings_take_several_pages()
    {
        Assert.True(paginated.Result.Succeeded);
        await AssertValid(paginated.Output);
    }

    [Fact]
    public async Task The_nu_validator_finds_no_error_in_the_arabic_english_persian_site()
    {
        Assert.True(threeLanguages.Result.Succeeded);
        await AssertValid(threeLanguages.Output);
    }

    private static async Task AssertValid(string output)
    {
        Assert.True(File.Exists(VnuJar), $"{VnuJar} not found: run `npm install` at the repository root (.ci/run does this)");

        var (exit, report) = await RunVnu(output);

        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() != "info")
            .Select(m => $"{Path.GetFileName(m.TryGetProperty("url", out var u) ? u.GetString() : "?")}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, "vnu reports:\n" + string.Join("\n", messages));
        Assert.Equal(0, exit);
    }

    private static async Task<(int Exit, string Json)> RunVnu(string folder)
    {
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", VnuJar, "--errors-only", "--format", "json", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not be started: install Java 11 or later");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // vnu writes its JSON report to stderr; stdout stays empty.
        var json = (await stderr).Trim();
        if (json.Length == 0)
        {
            json = (await stdout).Trim();
        }

        Assert.True(json.StartsWith('{'), "vnu gave no JSON report:\n" + json);
        return (process.ExitCode, json);
    }
}
