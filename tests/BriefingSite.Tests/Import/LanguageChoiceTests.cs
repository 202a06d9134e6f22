using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>
/// The script first, then the evidence of src/Import/Data/language-evidence.yml among the site's
/// languages of that script: real short texts in Latin-script languages are filed as theirs.
/// </summary>
public sealed class LanguageChoiceTests
{
    // Déclaration des droits de l'homme et du citoyen (1789), preamble and article 1 as published
    // by Légifrance; public domain (French official text of 1789).
    private const string French =
        "Les Représentants du Peuple Français, constitués en Assemblée Nationale, considérant que l'ignorance, l'oubli ou le mépris "
        + "des droits de l'Homme sont les seules causes des malheurs publics et de la corruption des Gouvernements, ont résolu d'exposer, "
        + "dans une Déclaration solennelle, les droits naturels, inaliénables et sacrés de l'Homme. Les hommes naissent et demeurent libres "
        + "et égaux en droits. Les distinctions sociales ne peuvent être fondées que sur l'utilité commune.";

    // US Department of State, "The 43rd Anniversary of the Takeover of the U.S. Embassy in Tehran" (2022), as in
    // tests/BriefingSite.Tests/ImportCorpus/en_state_tehran-embassy-43rd_web.txt; public domain (US government work).
    private const string English =
        "Today marks 43 years since the takeover of the U.S. Embassy in Tehran. Followers of Ayatollah Khomeini held our diplomats "
        + "hostage for 444 days, tormenting them and, by extension, their families at home in the United States.";

    // Grundgesetz für die Bundesrepublik Deutschland, Art. 1 (1); an official work, free under § 5 UrhG.
    private const string German = "Die Würde des Menschen ist unantastbar. Sie zu achten und zu schützen ist Verpflichtung aller staatlichen Gewalt.";

    // Constitución Española (1978), art. 1.1; legal texts are excluded from copyright (art. 13 LPI).
    private const string Spanish =
        "España se constituye en un Estado social y democrático de Derecho, que propugna como valores superiores de su ordenamiento "
        + "jurídico la libertad, la justicia, la igualdad y el pluralismo político.";

    // Türkiye Cumhuriyeti Anayasası (1982), art. 2; laws are not protected works (FSEK art. 31).
    private const string Turkish =
        "Türkiye Cumhuriyeti, toplumun huzuru, millî dayanışma ve adalet anlayışı içinde, insan haklarına saygılı, Atatürk milliyetçiliğine "
        + "bağlı, başlangıçta belirtilen temel ilkelere dayanan, demokratik, laik ve sosyal bir hukuk Devletidir.";

    // Deputy Secretary Sullivan's Nowruz message (2018), as in
    // tests/BriefingSite.Tests/ImportCorpus/fa_ir-usembassy_sullivan-nowruz-2018-03-19_web.txt; public domain (US government work).
    private const string Persian = "در آستانه ورود بهار، نوروزی شاد را برای ایرانیان و همه کسانی که این سنت را جشن می گیرند، آرزو دارم.";

    [Theory]
    [InlineData(French, "fr")]
    [InlineData(English, "en")]
    [InlineData(German, "de")]
    [InlineData(Spanish, "es")]
    [InlineData(Turkish, "tr")]
    public void A_latin_script_text_is_told_by_its_common_words_and_letters(string text, string code) =>
        Assert.Equal(code, LanguageDetector.Detect(text));

    [Fact]
    public void On_a_french_and_english_site_a_french_text_is_french_and_an_english_one_english()
    {
        var config = Site("fr", "en");
        Assert.Equal("fr", LanguageChooser.Choose("seeds/declaration.txt", French, config));
        Assert.Equal("en", LanguageChooser.Choose("seeds/tehran.txt", English, config));
    }

    [Fact]
    public void On_a_persian_english_and_kurdish_site_a_persian_text_is_persian()
    {
        var config = Site("fa", "en", "ku");
        Assert.Equal("fa", LanguageChooser.Choose("seeds/nowruz.txt", Persian, config));
        Assert.Equal("en", LanguageChooser.Choose("seeds/tehran.txt", English, config));
    }

    [Fact]
    public void A_french_text_on_an_english_only_site_is_an_error_naming_french_not_filed_as_english()
    {
        var error = Assert.Throws<SiteException>(() => LanguageChooser.Choose("seeds/declaration.txt", French, Site("ar", "en")));
        Assert.Equal("seeds/declaration.txt", error.Diagnostic.File);
        Assert.Contains("looks French (fr:", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("theme/i18n/fr.yml", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_nothing_to_tell_two_site_languages_of_its_script_apart_asks_for_its_lang()
    {
        var error = Assert.Throws<SiteException>(() => LanguageChooser.Choose("seeds/names.txt", "Baghdad, Erbil, Basra: 2024", Site("fr", "en")));
        Assert.Equal("seeds/names.txt", error.Diagnostic.File);
        Assert.Contains("cannot tell which language", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'lang' for this seed in seeds/seeds.yml", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_nothing_to_tell_is_the_sites_one_language_of_its_script() =>
        Assert.Equal("en", LanguageChooser.Choose("seeds/names.txt", "Baghdad, Erbil, Basra: 2024", Site("ar", "en")));

    [Fact]
    public void A_text_as_french_as_english_is_ambiguous_not_a_guess()
    {
        // One common word of each: "the" (English) and "les" (French), nothing else.
        var error = Assert.Throws<SiteException>(() => LanguageChooser.Choose("seeds/mixed.txt", "the Baghdad les Erbil", Site("fr", "en")));
        Assert.Contains("as much as", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Всеобщая декларация прав человека", ScriptDetector.Cyrillic)]
    [InlineData("הכרזה לכל באי עולם בדבר זכויות האדם", ScriptDetector.Hebrew)]
    [InlineData("Les hommes naissent libres", ScriptDetector.Latin)]
    public void The_script_is_read_from_the_letters(string text, string script) =>
        Assert.Equal(script, ScriptDetector.Detect(text));

    private static SiteConfig Site(params string[] codes) => SeedParsing.Config with
    {
        Languages = [.. codes.Select(c => new LanguageConfig { Code = c, Script = LanguageCatalogue.Find(c)!.Script, Culture = "en-GB" })],
    };
}
