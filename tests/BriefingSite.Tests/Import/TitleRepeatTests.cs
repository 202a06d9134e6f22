using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>A line repeating the document's title, or one part of a title with a colon, is the title again, not a section heading.</summary>
public sealed class TitleRepeatTests
{
    [Theory]
    [InlineData("CRUDE OIL", "Crude Oil: Uncertainty about Future Oil Supply")]
    [InlineData("Uncertainty about Future Oil Supply", "Crude Oil: Uncertainty about Future Oil Supply")]
    [InlineData("“The GAO Act of 2007” (H.R. 3268), and Other GAO Reforms", "\"The GAO Act of 2007\" (H.R. 3268), and Other GAO Reforms")]
    [InlineData("النفط الخام", "النفط الخام: الغموض بشأن الإمدادات المستقبلية")]
    [InlineData("الغموض بشأن الإمدادات المستقبلية", "النفط الخام: الغموض بشأن الإمدادات المستقبلية")]
    public void A_line_repeating_the_title_or_a_part_of_it_is_a_repeat(string line, string title) =>
        Assert.True(TitleRepeat.Is(line, title));

    [Theory]
    [InlineData("Oil Supply", "Crude Oil: Uncertainty about Future Oil Supply")]
    [InlineData("What GAO Found", "Crude Oil: Uncertainty about Future Oil Supply")]
    [InlineData("النفط", "النفط الخام: الغموض بشأن الإمدادات المستقبلية")]
    [InlineData("Results", null)]
    public void Other_lines_are_not(string line, string? title) =>
        Assert.False(TitleRepeat.Is(line, title));

    [Theory]
    [InlineData("Crude Oil: Uncertainty about Future Oil Supply", "CRUDE OIL\n\nUncertainty about Future Oil Supply\n\nWhat GAO Found\n\n", "What GAO Found", "Most studies estimate that oil production will peak sometime between now and 2040, a range that is wide because the timing depends on many uncertain factors.")]
    [InlineData("النفط الخام: الغموض بشأن الإمدادات", "النفط الخام\n\nالغموض بشأن الإمدادات\n\nما وجده المكتب\n\n", "ما وجده المكتب", "تقدر معظم الدراسات أن إنتاج النفط سيبلغ ذروته في وقت ما بين الآن وعام ٢٠٤٠، وهو مدى واسع لأن توقيت الذروة يعتمد على عوامل كثيرة غير مؤكدة في المستقبل.")]
    public void The_title_repeated_on_a_summary_page_is_no_heading_and_the_heading_below_it_is_found(string title, string summaryPage, string heading, string prose)
    {
        var seed = title + "\n\nThe first page says what the report is about, in a sentence or two of text.\n\n" + summaryPage
            + prose + "\n";

        var body = SeedParsing.Parse(seed, new SeedOverrides { Title = title }).Body;

        Assert.Equal(["## " + heading], body.Split('\n').Where(l => l.StartsWith('#')));
    }

    [Theory]
    [InlineData("Crude Oil: Uncertainty about Future Oil Supply", "CRUDE OIL\n\nUncertainty about Future Oil Supply\n\nAccountability Integrity Reliability\n\nHighlights\n\nHighlights of GAO-07-283, a report to congressional requesters\n\n")]
    [InlineData("النفط الخام: الغموض بشأن الإمدادات", "النفط الخام\n\nالغموض بشأن الإمدادات\n\nالمساءلة النزاهة الموثوقية\n\nأبرز النقاط\n\nأبرز نقاط التقرير رقم ٢٨٣ المقدم إلى لجان الكونغرس\n\n")]
    public void Lines_under_the_repeated_title_that_no_prose_follows_are_cover_text(string title, string cover)
    {
        var seed = title + "\n\nThe first page says what the report is about, in a sentence or two of text.\n\n" + cover;

        var body = SeedParsing.Parse(seed, new SeedOverrides { Title = title }).Body;

        Assert.DoesNotContain("#", body, StringComparison.Ordinal);
    }
}
