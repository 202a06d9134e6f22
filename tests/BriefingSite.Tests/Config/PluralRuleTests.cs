using BriefingSite.Config;

namespace BriefingSite.Tests.Config;

/// <summary>CLDR plural rules read as data from the built-in languages.yml, checked against CLDR's own examples.</summary>
public sealed class PluralRuleTests
{
    [Theory]
    [InlineData("ar", new long[] { 0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111 }, new[] { "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many" })]
    [InlineData("ru", new long[] { 1, 2, 4, 5, 11, 12, 21, 22, 25, 111 }, new[] { "one", "few", "few", "many", "many", "many", "one", "few", "many", "many" })]
    [InlineData("fr", new long[] { 0, 1, 2, 1000000, 2000000, 1000001 }, new[] { "one", "one", "other", "many", "many", "other" })]
    [InlineData("fa", new long[] { 0, 1, 2 }, new[] { "one", "one", "other" })]
    [InlineData("he", new long[] { 1, 2, 3, 20 }, new[] { "one", "two", "other", "other" })]
    [InlineData("en", new long[] { 0, 1, 2 }, new[] { "other", "one", "other" })]
    [InlineData("zh", new long[] { 0, 1, 2 }, new[] { "other", "other", "other" })]
    public void Categories_follow_cldr(string language, long[] numbers, string[] expected) =>
        Assert.Equal(expected, numbers.Select(PluralRule.Parse(LanguageCatalogue.Find(language)!.Plurals).Category).ToArray());

    [Fact]
    public void A_regional_code_takes_its_languages_rules()
    {
        // Before the rules were data, "ar-iq" fell through a switch on "ar" and 3 gave "other".
        var language = LanguageResolver.Resolve([new LanguageConfig { Code = "ar-iq", Culture = "ar-IQ" }], "site.yml")[0];
        Assert.Equal("few", language.Plural.Category(3));
        Assert.Equal(["zero", "one", "two", "few", "many", "other"], language.Plural.Categories);
    }

    [Fact]
    public void Every_built_in_language_has_rules_that_parse() =>
        Assert.All(LanguageCatalogue.Codes, code => Assert.Equal("other", PluralRule.Parse(LanguageCatalogue.Find(code)!.Plurals).Categories[^1]));

    [Theory]
    [InlineData("few", "n % 100 = 3..", "'3..' is not a number or a range a..b")]
    [InlineData("one", "x = 1", "'x' is not a plural operand")]
    [InlineData("one", "n 1", "is not 'operand = values'")]
    [InlineData("several", "n = 2", "'several' is not a plural category")]
    public void A_rule_that_cannot_be_read_says_what_is_wrong(string category, string rule, string message)
    {
        var error = Assert.Throws<FormatException>(() => PluralRule.Parse(new Dictionary<string, string> { [category] = rule }));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
