using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Rendering;

public sealed class DateFormatterTests
{
    private static readonly LanguageConfig Arabic = Resolved(new() { Code = "ar", Culture = "ar-IQ", DateFormat = "d MMMM yyyy", Direction = "rtl" });
    private static readonly LanguageConfig English = Resolved(new() { Code = "en", Culture = "en-GB", DateFormat = "d MMMM yyyy" });

    [Fact]
    public void Arabic_dates_use_iraqi_month_names() =>
        Assert.Equal("14 تموز 1958", DateFormatter.Format(PageOn(new DateOnly(1958, 7, 14)), Arabic));

    [Fact]
    public void English_dates_use_the_english_culture() =>
        Assert.Equal("14 July 1958", DateFormatter.Format(PageOn(new DateOnly(1958, 7, 14)), English));

    [Fact]
    public void A_season_or_a_year_stands_in_for_a_missing_day()
    {
        Assert.Equal("Winter 2004", DateFormatter.Format(PageOn(null, new FrontMatter { Year = 2004, Season = "Winter 2004" }), English));
        Assert.Equal("2023", DateFormatter.Format(PageOn(null, new FrontMatter { Year = 2023 }), Arabic));
    }

    private static LanguageConfig Resolved(LanguageConfig language) => LanguageResolver.Resolve([language], "site.yml")[0];

    private static Page PageOn(DateOnly? date, FrontMatter? meta = null) =>
        new("x.md", new LanguageConfig { Code = "en" }, "x", PageKind.Briefing, meta ?? new FrontMatter(), PageBody.InMemory(""), 1, date);
}
