using BriefingSite.Content;
using BriefingSite.Content.Translations;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Translations;

/// <summary>
/// Given a real translated pair of seeds confirmed in seeds.yml, the importer records in the
/// translation what it was made from, and keeps that record while the translation's seed is
/// unchanged, so a revised original is reported rather than silently confirmed again.
/// </summary>
public sealed class ImportedPairRecordTests
{
    private const string English = "en_translations-state_press-secretary-2019-11-04_web.txt";
    private const string Arabic = "ar_translations-state_press-secretary-2019-11-04_web.txt";
    private const string EnglishFile = "input/en/briefings/statement-from-the-press-secretary.md";
    private const string ArabicFile = "input/ar/briefings/byan-mn-al-skrtir-al-shfi.md";

    [Fact]
    public void The_importer_writes_the_record_of_a_confirmed_pair_against_the_original_it_wrote()
    {
        using var site = SiteWithPair("translation_of: en");

        var (code, _, errors) = CliRunner.Run("import", "--root", site.Root);

        Assert.True(code == 0, errors);
        var english = MarkdownFile.Parse(site.Read(EnglishFile), EnglishFile);
        var arabic = MarkdownFile.Parse(site.Read(ArabicFile), ArabicFile);
        Assert.Null(english.Meta.TranslationOf);
        var record = Assert.IsType<TranslationRecord>(arabic.Meta.TranslationOf);
        Assert.Equal("en", record.Language);
        Assert.Equal(TextFingerprint.Of(english.Meta.Title, english.Body), record.Sha256);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), record.Confirmed);

        // The record is what the build reads: the pair is in step.
        var (_, table, _) = CliRunner.Run("translations", "--root", site.Root);
        Assert.Matches(@"\npress-2019-11-04 +current +original\n", table);
    }

    [Fact]
    public void A_revised_original_seed_leaves_the_record_so_the_translation_shows_as_stale()
    {
        using var site = SiteWithPair("translation_of: en");
        Assert.Equal(0, CliRunner.Run("import", "--root", site.Root).Code);
        var recorded = site.Read(ArabicFile);

        site.Write("seeds/" + English, site.Read("seeds/" + English).Replace("Statement from the Press Secretary", "Statement from the Press Secretary (revised)", StringComparison.Ordinal));
        var (code, _, errors) = CliRunner.Run("build", "--root", site.Root);

        Assert.Equal(0, code);
        Assert.Equal(recorded, site.Read(ArabicFile));
        Assert.Contains(errors.Split('\n'), l => l.StartsWith(ArabicFile + ":", StringComparison.Ordinal) && l.Contains("its original input/en/briefings/statement-from-the-press-secretary-revised.md has changed", StringComparison.Ordinal));

        // Confirming the generated translation keeps it the importer's: the next import leaves it as confirmed.
        Assert.Equal(0, CliRunner.Run("translations", "confirm", ArabicFile, "--root", site.Root).Code);
        var confirmed = site.Read(ArabicFile);
        var (_, report, _) = CliRunner.Run("import", "--root", site.Root);
        Assert.Contains($"{ArabicFile} (Unchanged)", report, StringComparison.Ordinal);
        Assert.Equal(confirmed, site.Read(ArabicFile));
        Assert.Matches(@"\npress-2019-11-04 +current +original\n", CliRunner.Run("translations", "--root", site.Root).Output);
    }

    [Fact]
    public void Without_a_stated_original_the_seed_without_a_translator_is_the_original_else_the_first_language_of_site_yml()
    {
        using var site = SiteWithPair(statement: null);

        Assert.Equal(0, CliRunner.Run("import", "--root", site.Root).Code);

        // Neither seed names a translator: Arabic comes first in site.yml, so the English one is the translation.
        Assert.Null(MarkdownFile.Parse(site.Read(ArabicFile), ArabicFile).Meta.TranslationOf);
        Assert.Equal("ar", MarkdownFile.Parse(site.Read(EnglishFile), EnglishFile).Meta.TranslationOf?.Language);
    }

    private static TempSite SiteWithPair(string? statement)
    {
        var site = TempSite.Empty();
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(site.Root, "site.yml"));
        TempSite.CopyFolder(Path.Combine(RepoPaths.Root, "theme"), Path.Combine(site.Root, "theme"));
        foreach (var name in new[] { English, Arabic })
        {
            site.Write("seeds/" + name, File.ReadAllText(Path.Combine(RepoPaths.Root, "tests/BriefingSite.Tests/Import/Texts", name)));
        }

        var stated = statement is null ? "" : $"\n    {statement}";
        site.Write("seeds/seeds.yml", $"seeds:\n  {English}:\n    translation_key: press-2019-11-04\n  {Arabic}:\n    translation_key: press-2019-11-04{stated}\n");
        return site;
    }
}
