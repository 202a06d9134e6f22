using System.Text.Json;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import;

/// <summary>
/// <c>briefing import --report json</c> on a real translated pair: per seed what was found, and
/// the pair proposed with its evidence, never paired without a translation key.
/// </summary>
public sealed class ImportJsonReportTests
{
    private const string English = "en_translations-state_press-secretary-2019-11-04_web.txt";
    private const string Arabic = "ar_translations-state_press-secretary-2019-11-04_web.txt";

    [Fact]
    public void The_json_report_lists_each_seed_with_its_metadata_and_proposes_the_translation_pair()
    {
        using var site = SiteWithPair();

        var (code, output, _) = CliRunner.Run("import", "--root", site.Root, "--report", "json");

        Assert.Equal(0, code);
        using var report = JsonDocument.Parse(output);
        var seeds = report.RootElement.GetProperty("seeds").EnumerateArray().ToDictionary(s => Path.GetFileName(s.GetProperty("file").GetString()!));
        var english = seeds[English];
        Assert.Equal(("en", "Statement from the Press Secretary", "2019-11-04", "The White House"), (english.GetProperty("language").GetString(), english.GetProperty("title").GetString(), english.GetProperty("date").GetString(), english.GetProperty("publisher").GetString()));
        var arabic = seeds[Arabic];
        Assert.Equal(("ar", "بيان من السكرتير الصحفي", "2019-11-04", "البيت الأبيض"), (arabic.GetProperty("language").GetString(), arabic.GetProperty("title").GetString(), arabic.GetProperty("date").GetString(), arabic.GetProperty("publisher").GetString()));
        Assert.Equal(0, arabic.GetProperty("notes").GetInt32());
        Assert.Equal(0, arabic.GetProperty("tables").GetInt32());
        // The language switcher above and below the title is page furniture, listed with its lines.
        var removed = arabic.GetProperty("removed").EnumerateArray().ToList();
        Assert.Contains(removed, r => r.GetProperty("line").GetInt32() == 1 && r.GetProperty("text").GetString()!.Contains("rss", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.GetProperty("line").GetInt32() == 5 && r.GetProperty("text").GetString()!.Contains("English English", StringComparison.Ordinal));

        var pair = Assert.Single(arabic.GetProperty("proposed_pairs").EnumerateArray());
        Assert.Equal(English, pair.GetProperty("seed").GetString());
        Assert.Equal("statement-from-the-press-secretary", pair.GetProperty("translation_key").GetString());
        var evidence = pair.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains("same date 2019-11-04", evidence);
        Assert.Contains(evidence, e => e.Contains("444", StringComparison.Ordinal) && e.Contains("50", StringComparison.Ordinal));
        Assert.Equal(Arabic, Assert.Single(english.GetProperty("proposed_pairs").EnumerateArray()).GetProperty("seed").GetString());

        // Proposed, not applied: neither file has a translation key yet.
        Assert.DoesNotContain("translation_key", site.Read("input/ar/briefings/byan-mn-al-skrtir-al-shfi.md"), StringComparison.Ordinal);
        Assert.Empty(report.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void A_confirmed_pair_is_not_proposed_again_and_a_failed_seed_is_listed_among_the_errors()
    {
        using var site = SiteWithPair();
        site.Write("seeds/seeds.yml", $"seeds:\n  {English}:\n    translation_key: press-2019-11-04\n  {Arabic}:\n    translation_key: press-2019-11-04\n");
        site.Write("seeds/zz_empty.txt", "");

        var (code, output, _) = CliRunner.Run("import", "--root", site.Root, "--report", "json");

        Assert.Equal(1, code);
        using var report = JsonDocument.Parse(output);
        Assert.All(report.RootElement.GetProperty("seeds").EnumerateArray(), s => Assert.Empty(s.GetProperty("proposed_pairs").EnumerateArray()));
        Assert.Equal(2, report.RootElement.GetProperty("seeds").GetArrayLength());
        Assert.Equal("seeds/zz_empty.txt", Assert.Single(report.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("file").GetString());
    }

    [Fact]
    public void The_text_report_says_how_to_confirm_the_pair()
    {
        using var site = SiteWithPair();
        var (_, output, _) = CliRunner.Run("import", "--root", site.Root);
        Assert.Contains($"looks like a translation of {English}", output, StringComparison.Ordinal);
        Assert.Contains("give both 'translation_key: statement-from-the-press-secretary' in seeds/seeds.yml", output, StringComparison.Ordinal);
    }

    private static TempSite SiteWithPair()
    {
        var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(site.Root, "site.yml"));
        foreach (var name in new[] { English, Arabic })
        {
            site.Write("seeds/" + name, File.ReadAllText(Path.Combine(RepoPaths.Root, "tests/BriefingSite.Tests/Import/Texts", name)));
        }

        return site;
    }
}
