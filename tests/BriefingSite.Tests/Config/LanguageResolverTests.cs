using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Config;

/// <summary>A site.yml language entry completed from CLDR data once: names, direction, calendar, and clear errors where data is missing.</summary>
public sealed class LanguageResolverTests
{
    private static readonly Page Revolution = new("x.md", new LanguageConfig { Code = "ar" }, "x", PageKind.Briefing, new FrontMatter(), PageBody.InMemory(""), 1, new DateOnly(1958, 7, 14));

    [Fact]
    public void A_code_and_a_culture_are_enough_for_a_language_cldr_knows()
    {
        var persian = Resolve(new LanguageConfig { Code = "fa", Culture = "fa-IR" })[0];
        Assert.Equal(("فارسی", "rtl", "arabic"), (persian.Name, persian.Direction, persian.Script));
    }

    [Fact]
    public void Each_language_is_named_in_every_other_site_language()
    {
        var (ar, en, fa) = Three();
        Assert.Equal("الفارسية", fa.NameIn(ar));
        Assert.Equal("Persian", fa.NameIn(en));
        Assert.Equal("انگلیسی", en.NameIn(fa));
        Assert.Equal("العربية", ar.NameIn(ar));
    }

    [Fact]
    public void A_culture_does_not_choose_the_calendar()
    {
        // ar-SA's own calendar is Umm al-Qura: without a calendar setting it printed "27 ذو الحجة 1377".
        var saudi = Resolve(new LanguageConfig { Code = "ar", Culture = "ar-SA" })[0];
        Assert.Equal("14 يوليو 1958", DateFormatter.Format(Revolution, saudi));
        var persian = Resolve(new LanguageConfig { Code = "fa", Culture = "fa-IR" })[0];
        Assert.EndsWith("1958", DateFormatter.Format(Revolution, persian), StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_setting_chooses_it()
    {
        var hijri = Resolve(new LanguageConfig { Code = "ar", Culture = "ar-SA", Calendar = "umalqura" })[0];
        Assert.Equal("27 ذو الحجة 1377", DateFormatter.Format(Revolution, hijri));
    }

    [Fact]
    public void A_calendar_the_culture_lacks_is_an_error_listing_what_it_offers()
    {
        var error = Assert.Throws<SiteException>(() => Resolve(new LanguageConfig { Code = "en", Culture = "en-GB", Calendar = "persian" }));
        Assert.Equal("site.yml", error.Diagnostic.File);
        Assert.Contains("culture 'en-GB' has no persian calendar; it offers gregorian", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_cldr_data_lacks_names_the_key_to_set()
    {
        var error = Assert.Throws<SiteException>(() => Resolve(new LanguageConfig { Code = "sw", Culture = "sw-KE" }));
        Assert.Contains("language 'sw': set 'name'", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_cldr_data_lacks_resolves_from_its_own_entry()
    {
        var swahili = new LanguageConfig
        {
            Code = "sw",
            Culture = "sw-KE",
            Name = "Kiswahili",
            Direction = "ltr",
            Script = "latin",
            Plurals = new() { ["one"] = "i = 1 and v = 0" },
            Names = new() { ["en"] = "Kiingereza" },
        };
        var resolved = Resolve(swahili, new LanguageConfig { Code = "en", Culture = "en-GB" });
        var (sw, en) = (resolved[0], resolved[1]);
        Assert.Equal(("Kiingereza", "Kiswahili", "other"), (en.NameIn(sw), sw.NameIn(sw), sw.Plural.Category(2)));

        // English data has no name for Swahili here, so its own name stands in.
        Assert.Equal("Kiswahili", sw.NameIn(en));
    }

    [Fact]
    public void A_missing_name_in_another_language_says_where_to_add_it()
    {
        var swahili = new LanguageConfig { Code = "sw", Culture = "sw-KE", Name = "Kiswahili", Direction = "ltr", Script = "latin", Plurals = new() { ["one"] = "n = 1" } };
        var error = Assert.Throws<SiteException>(() => Resolve(swahili, new LanguageConfig { Code = "en", Culture = "en-GB" }));
        Assert.Contains("language 'sw': no name in it for 'en'", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("names: { en: … }", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    private static (LanguageConfig Ar, LanguageConfig En, LanguageConfig Fa) Three()
    {
        var all = Resolve(
            new LanguageConfig { Code = "ar", Name = "العربية", Culture = "ar-IQ" },
            new LanguageConfig { Code = "en", Culture = "en-GB" },
            new LanguageConfig { Code = "fa", Culture = "fa-IR" });
        return (all[0], all[1], all[2]);
    }

    private static List<LanguageConfig> Resolve(params LanguageConfig[] languages) => LanguageResolver.Resolve(languages, "site.yml");
}
