using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Translations;

/// <summary>
/// Given translations confirmed against their originals, when an original is revised, then the
/// build warns naming both files, the translation's page tells its reader (in Arabic and in
/// English) with a link to the original, <c>briefing translations</c> lists it as stale, and
/// confirming it again clears all three.
/// </summary>
public sealed class StaleTranslationTests
{
    [Fact]
    public void A_confirmed_translation_is_current_and_shows_no_notice()
    {
        using var site = new StaleTranslationSite();
        site.ConfirmBoth();

        var result = site.Site.Build(strict: true, import: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(Notices(site, "en/briefings/dams-on-the-tigris.html"));
        Assert.Contains("translation_of:\n  language: ar\n  sha256: ", site.Site.Read(StaleTranslationSite.EnglishTranslation), StringComparison.Ordinal);
    }

    [Fact]
    public void Revising_an_original_makes_the_build_warn_naming_both_files()
    {
        using var site = new StaleTranslationSite();
        site.ConfirmBoth();
        site.ReviseOriginals();

        var (code, _, errors) = CliRunner.Run("build", "--root", site.Site.Root, "--no-import");

        Assert.Equal(0, code);
        var warning = Assert.Single(errors.Split('\n'), l => l.StartsWith(StaleTranslationSite.EnglishTranslation + ":", StringComparison.Ordinal));
        Assert.Matches(@"^input/en/briefings/dams-on-the-tigris\.md:6: warning: translation is out of step: its original input/ar/briefings/dams-on-the-tigris\.md has changed", warning);
        Assert.Contains($"briefing translations confirm {StaleTranslationSite.EnglishTranslation}", warning, StringComparison.Ordinal);
        Assert.Contains(errors.Split('\n'), l => l.StartsWith(StaleTranslationSite.ArabicTranslation + ":", StringComparison.Ordinal) && l.Contains(StaleTranslationSite.EnglishOriginal, StringComparison.Ordinal));
    }

    [Fact]
    public void The_translation_page_tells_its_reader_in_their_language_with_a_link_to_the_original()
    {
        using var site = new StaleTranslationSite();
        site.ConfirmBoth();
        site.ReviseOriginals();
        Assert.True(site.Site.Build(import: false).Succeeded);
        var today = DateTime.UtcNow;

        var english = Assert.Single(Notices(site, "en/briefings/dams-on-the-tigris.html"));
        Assert.Contains("the original, in Arabic, was revised after it was translated on " + today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), english.TextContent, StringComparison.Ordinal);
        var toArabic = english.QuerySelector("a")!;
        Assert.Equal("../../ar/briefings/dams-on-the-tigris.html", toArabic.GetAttribute("href"));
        Assert.Equal("ar", toArabic.GetAttribute("hreflang"));

        var arabic = Assert.Single(Notices(site, "ar/briefings/basra-port.html"));
        Assert.Contains("قد تكون هذه الترجمة قديمة: نُقِّح الأصل (الإنجليزية) بعد ترجمته في", arabic.TextContent, StringComparison.Ordinal);
        Assert.Equal("../../en/briefings/basra-port.html", arabic.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("rtl", Document(site, "ar/briefings/basra-port.html").DocumentElement.GetAttribute("dir"));

        // The originals themselves carry no notice.
        Assert.Empty(Notices(site, "ar/briefings/dams-on-the-tigris.html"));
        Assert.Empty(Notices(site, "en/briefings/basra-port.html"));
    }

    [Fact]
    public void A_fixed_page_such_as_about_gets_the_notice_too()
    {
        using var site = new StaleTranslationSite();
        Assert.Equal(0, CliRunner.Run("translations", "confirm", "input/en/about.md", "--root", site.Site.Root).Code);
        site.Site.Write("input/ar/about.md", site.Site.Read("input/ar/about.md") + "\nفقرة جديدة.\n");

        Assert.True(site.Site.Build(import: false).Succeeded);

        var notice = Assert.Single(Notices(site, "en/about.html"));
        Assert.Equal("../ar/about.html", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(Notices(site, "ar/about.html"));
    }

    [Fact]
    public void The_translations_command_lists_stale_translations_with_the_dates_and_json_for_scripts()
    {
        using var site = new StaleTranslationSite();
        site.ConfirmBoth();
        site.ReviseOriginals();

        var (code, table, _) = CliRunner.Run("translations", "--root", site.Site.Root);
        Assert.Equal(0, code);
        Assert.Matches(@"\ndams +original +stale\n", table);
        Assert.Matches(@"\nbasra +stale +original\n", table);
        Assert.Matches(@"\nabout +present +present\n", table);
        Assert.Matches(@"\n\(no key\) input/ar/briefings/party-politics-in-iraq-where-to\.md +present +missing\n", table);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"  {StaleTranslationSite.EnglishTranslation}: original {StaleTranslationSite.ArabicOriginal} changed {today}, translation confirmed {today}", table, StringComparison.Ordinal);

        var (_, json, _) = CliRunner.Run("translations", "--root", site.Site.Root, "--json");
        using var document = JsonDocument.Parse(json);
        var dams = document.RootElement.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("key").GetString() == "dams");
        Assert.Equal("en", Assert.Single(dams.GetProperty("stale").EnumerateArray()).GetString());
        var translation = dams.GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("language").GetString() == "en");
        Assert.Equal("stale", translation.GetProperty("status").GetString());
        Assert.Equal(StaleTranslationSite.ArabicOriginal, translation.GetProperty("original").GetString());
        Assert.Equal(today, translation.GetProperty("confirmed").GetString());
        Assert.Equal(today, translation.GetProperty("original_changed").GetString());
        var alone = document.RootElement.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("key").ValueKind == JsonValueKind.Null && k.GetProperty("pages")[0].GetProperty("language").GetString() == "ar");
        Assert.Equal("en", Assert.Single(alone.GetProperty("missing").EnumerateArray()).GetString());
    }

    [Fact]
    public void Confirming_again_clears_the_warning_the_notice_and_the_stale_entry()
    {
        using var site = new StaleTranslationSite();
        site.ConfirmBoth();
        site.ReviseOriginals();
        site.ConfirmBoth();

        var result = site.Site.Build(strict: true, import: false);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("out of step", StringComparison.Ordinal));
        Assert.Empty(Notices(site, "en/briefings/dams-on-the-tigris.html"));
        Assert.Empty(Notices(site, "ar/briefings/basra-port.html"));
        var (_, table, _) = CliRunner.Run("translations", "--root", site.Site.Root);
        Assert.Matches(@"\ndams +original +current\n", table);
        Assert.Contains("0 stale translation(s)", table, StringComparison.Ordinal);
        // Re-confirming replaced the record; it did not add a second one.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(site.Site.Read(StaleTranslationSite.EnglishTranslation), "translation_of:"));
    }

    [Fact]
    public void A_strict_build_passes_a_stale_translation_unless_the_site_opts_in()
    {
        using var site = new StaleTranslationSite();
        site.ConfirmBoth();
        site.ReviseOriginals();
        Assert.True(site.Site.Build(strict: true, import: false).Succeeded);

        site.Site.Write("site.yml", site.Site.Read("site.yml") + "\nstale_translations: strict\n");
        var result = site.Site.Build(strict: true, import: false);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("--strict: 2 warning(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_record_is_an_error_naming_the_file_and_line()
    {
        using var site = new StaleTranslationSite();
        site.Site.Write(StaleTranslationSite.EnglishTranslation, site.Site.Read(StaleTranslationSite.EnglishTranslation)
            .Replace("translation_key: dams\n", "translation_key: dams\ntranslation_of:\n  language: en\n  sha256: abc\n  confirmed: 2026-13-01\n", StringComparison.Ordinal));

        var (code, _, errors) = CliRunner.Run("build", "--root", site.Site.Root, "--no-import");

        Assert.Equal(1, code);
        Assert.Contains($"{StaleTranslationSite.EnglishTranslation}:7: error: translation_of: language 'en' must be another language", errors, StringComparison.Ordinal);
        Assert.Contains($"{StaleTranslationSite.EnglishTranslation}:8: error: translation_of: sha256 must be 64 lowercase hexadecimal digits", errors, StringComparison.Ordinal);
        Assert.Contains($"{StaleTranslationSite.EnglishTranslation}:9: error: translation_of: confirmed '2026-13-01' must be a date", errors, StringComparison.Ordinal);
    }

    private static AngleSharp.Dom.IDocument Document(StaleTranslationSite site, string page) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Site.Output, page)));

    private static List<AngleSharp.Dom.IElement> Notices(StaleTranslationSite site, string page) =>
        [.. Document(site, page).QuerySelectorAll(".stale-translation")];
}
