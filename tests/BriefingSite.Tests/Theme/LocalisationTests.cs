using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BriefingSite.Config;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Theme;

/// <summary>Every interface string comes from theme/i18n; counts, digits and dates follow each language's settings.</summary>
public sealed partial class LocalisationTests
{
    private static readonly SitePaths Repo = SitePaths.ForRoot(RepoPaths.Root);
    private static readonly SiteConfig Config = SiteConfigLoader.Load(Repo);
    private static readonly UiStrings Strings = UiStrings.Load(Repo, Config);

    [Fact]
    public void Templates_hold_no_interface_text_of_their_own()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Theme, "layouts"), "*.sbn", SearchOption.AllDirectories))
        {
            var outsideCode = Code().Replace(File.ReadAllText(file), " ");
            var text = Tag().Replace(outsideCode, " ");
            Assert.False(Letters().IsMatch(text), $"{Path.GetFileName(file)} has text outside {{{{ }}}}: '{Letters().Match(text).Value}'; put it in theme/i18n");
        }
    }

    [Fact]
    public void Every_string_a_template_uses_exists_in_every_language()
    {
        var used = Directory.EnumerateFiles(Path.Combine(Repo.Theme, "layouts"), "*.sbn", SearchOption.AllDirectories)
            .SelectMany(f => StringUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.NotEmpty(used);
        foreach (var language in Config.Languages)
        {
            Assert.All(used, key => Assert.True(Strings.For(language.Code).ContainsKey(key), $"t.{key} missing from {language.Code}.yml"));
        }
    }

    [Theory]
    [InlineData("reading_time")]
    [InlineData("briefing_count")]
    public void Every_count_has_every_plural_form_its_language_uses(string key)
    {
        foreach (var language in Config.Languages)
        {
            Assert.All(language.Plural.Categories, c => Assert.True(Strings.For(language.Code).ContainsKey($"{key}_{c}"), $"{key}_{c} missing from {language.Code}.yml"));
        }
    }

    [Theory]
    [InlineData(1, "دقيقة قراءة واحدة")]
    [InlineData(2, "دقيقتا قراءة")]
    [InlineData(3, "3 دقائق قراءة")]
    [InlineData(10, "10 دقائق قراءة")]
    [InlineData(11, "11 دقيقة قراءة")]
    [InlineData(100, "100 دقيقة قراءة")]
    [InlineData(103, "103 دقائق قراءة")]
    public void Arabic_reading_times_take_the_plural_form_of_their_number(int minutes, string expected) =>
        Assert.Equal(expected, new Localiser(Config.Language("ar"), Strings).Count("reading_time", minutes));

    [Theory]
    [InlineData("western", 14, "14 دقيقة قراءة")]
    [InlineData("arabic-indic", 14, "١٤ دقيقة قراءة")]
    [InlineData("arabic-indic", 2023, "٢٠٢٣ دقيقة قراءة")]
    public void Digits_follow_the_language_setting(string digits, int minutes, string expected) =>
        Assert.Equal(expected, new Localiser(Config.Language("ar") with { Digits = digits }, Strings).Count("reading_time", minutes));

    [Fact]
    public void English_counts_are_singular_only_for_one() =>
        Assert.Equal(["1 briefing", "2 briefings", "5 briefings"], new[] { 1, 2, 5 }.Select(n => new Localiser(Config.Language("en"), Strings).Count("briefing_count", n)));

    [Fact]
    public void An_unknown_digits_setting_is_a_configuration_error()
    {
        using var site = TempSite.CopyOfRepository();
        File.WriteAllText(Path.Combine(site.Root, "site.yml"), File.ReadAllText(Path.Combine(site.Root, "site.yml")).Replace("digits: western", "digits: roman", StringComparison.Ordinal));

        var result = site.Build(import: false);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("digits must be", StringComparison.Ordinal));
    }

    [Fact]
    public void With_arabic_indic_digits_arabic_pages_write_dates_counts_and_list_numbers_in_them()
    {
        using var site = TempSite.CopyOfRepository();
        var config = File.ReadAllText(Path.Combine(site.Root, "site.yml"));
        var first = config.IndexOf("digits: western", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Root, "site.yml"), config[..first] + "digits: arabic-indic" + config[(first + "digits: western".Length)..]);

        Assert.True(site.Build().Succeeded);

        var parser = new HtmlParser();
        var arabic = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, SitePages.ArabicBriefing)));
        Assert.Equal("٢٠٢٣", arabic.QuerySelector(".briefing__facts time")!.TextContent);
        Assert.Matches("^[٠-٩]+ دقيقة$", arabic.QuerySelectorAll(".briefing__facts dd")[^1].TextContent);
        Assert.Contains("digits-arabic-indic", arabic.Body!.ClassList);
        var topics = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "ar/topics/index.html")));
        Assert.Contains("ورقتان", topics.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var english = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, SitePages.EnglishBriefing)));
        Assert.Equal("Winter 2004", english.QuerySelector(".briefing__facts time")!.TextContent);
        Assert.Contains("digits-western", english.Body!.ClassList);
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Code();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\bt\.([a-z_]+)")]
    private static partial Regex StringUse();
}
