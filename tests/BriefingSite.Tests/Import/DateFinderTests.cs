using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Dates as seeds write them, in English, Arabic and Persian, each to its ISO day.</summary>
public sealed class DateFinderTests
{
    [Theory]
    [InlineData("September 29, 2006", "2006-09-29")]
    [InlineData("29 September 2006", "2006-09-29")]
    [InlineData("Thursday, March 13, 2008", "2008-03-13")]
    [InlineData("Updated March 3, 2023", "2023-03-03")]
    [InlineData("Nov. 4, 2019", "2019-11-04")]
    [InlineData("12 تموز 2023", "2023-07-12")]
    [InlineData("١٢ تموز ٢٠٢٣", "2023-07-12")]
    [InlineData("الأربعاء 12 كانون الثاني 2022", "2022-01-12")]
    [InlineData("4 تشرين الثاني/نوفمبر 2019", "2019-11-04")]
    [InlineData("10 آب/أغسطس 2023", "2023-08-10")]
    [InlineData("15 يوليو 2008", "2008-07-15")]
    [InlineData("3 أبريل 2021", "2021-04-03")]
    [InlineData("۲۰ مارس ۲۰۲۲", "2022-03-20")]
    [InlineData("۱۹ ژانویه ۲۰۱۸", "2018-01-19")]
    [InlineData("۱ فروردین ۱۴۰۱", "2022-03-21")]
    [InlineData("۲۹ اسفند ۱۴۰۰", "2022-03-20")]
    [InlineData("۱۲ تیر ۱۴۰۲", "2023-07-03")]
    public void A_written_date_is_found_as_its_gregorian_day(string text, string iso)
    {
        var found = DateFinder.FirstDay(text);
        Assert.NotNull(found);
        Assert.Equal(iso, found.Day!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Sept. 2006", 2006)]
    [InlineData("September 2006", 2006)]
    [InlineData("تموز 2023", 2023)]
    public void A_month_and_year_give_the_year_but_no_day(string text, int year)
    {
        var found = Assert.Single(DateFinder.Find(text));
        Assert.Null(found.Day);
        Assert.Equal(year, found.Year);
    }

    [Theory]
    [InlineData("31 February 2020")]
    [InlineData("In 2019 the 444 days were remembered.")]
    [InlineData("می گیرند ۱۴۰۱")]
    [InlineData("Maybe 12, 2020")]
    public void Impossible_days_and_numbers_without_a_month_are_not_dates(string text) =>
        Assert.Null(DateFinder.FirstDay(text));

    [Theory]
    [InlineData("September 29, 2006", true)]
    [InlineData("Updated March 3, 2023", true)]
    [InlineData("١٢ تموز ٢٠٢٣", true)]
    [InlineData("The survey was ultimately launched on Thursday, November 15, 2007 and closed a month later.", false)]
    public void A_date_line_is_a_date_and_little_else(string line, bool isDateLine) =>
        Assert.Equal(isDateLine, MetadataLineReader.DateLine(line) is not null);
}
