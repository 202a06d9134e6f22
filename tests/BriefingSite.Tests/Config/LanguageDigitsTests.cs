using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Config;

/// <summary>A language's digits come from its CLDR default numbering system in languages.yml, unless site.yml sets them.</summary>
public sealed class LanguageDigitsTests
{
    private static readonly Page Nowruz = new("x.md", new LanguageConfig { Code = "fa" }, "x", PageKind.Briefing, new FrontMatter(), PageBody.InMemory(""), 1, new DateOnly(2024, 3, 20));

    [Theory]
    [InlineData("fa", "fa-IR", DigitSet.Persian)]
    [InlineData("ar", "ar-IQ", DigitSet.ArabicIndic)]
    [InlineData("ckb", "ckb-IQ", DigitSet.ArabicIndic)]
    [InlineData("ur", "ur-PK", DigitSet.Western)]
    [InlineData("en", "en-GB", DigitSet.Western)]
    [InlineData("fr", "fr-FR", DigitSet.Western)]
    public void Without_a_setting_a_language_has_its_cldr_default_digits(string code, string culture, string digits) =>
        Assert.Equal(digits, Resolve(new LanguageConfig { Code = code, Culture = culture }).Digits);

    [Fact]
    public void A_persian_date_is_written_in_persian_digits()
    {
        var persian = Resolve(new LanguageConfig { Code = "fa", Culture = "fa-IR" });
        var date = Numerals.Localise(DateFormatter.Format(Nowruz, persian)!, persian);
        Assert.Contains("۲۰۲۴", date, StringComparison.Ordinal);
        Assert.StartsWith("۲۰ ", date, StringComparison.Ordinal);
        Assert.DoesNotContain(date, char.IsAsciiDigit);
    }

    [Fact]
    public void Site_yml_digits_win_over_the_built_in_data()
    {
        var persian = Resolve(new LanguageConfig { Code = "fa", Culture = "fa-IR", Digits = DigitSet.Western });
        Assert.Equal("20 مارس 2024", Numerals.Localise(DateFormatter.Format(Nowruz, persian)!, persian));
    }

    [Fact]
    public void An_unknown_digit_set_is_an_error_listing_the_sets()
    {
        var error = Assert.Throws<SiteException>(() => Resolve(new LanguageConfig { Code = "fa", Culture = "fa-IR", Digits = "roman" }));
        Assert.Contains("'western' or 'arabic-indic' or 'persian'", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    private static LanguageConfig Resolve(LanguageConfig language) => LanguageResolver.Resolve([language], "site.yml")[0];
}
