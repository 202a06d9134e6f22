using BriefingSite.Diagnostics;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>A seed without a findable title still imports: the title is a best guess, with a warning saying so.</summary>
public sealed class TitleGuessTests
{
    private const string EnglishOpening = "Forty years ago today, Iranian militants stormed the United States Embassy in Tehran, taking more than 50 Americans hostage for 444 days. Today, we honor the victims of this brazen act.";
    private const string ArabicOpening = "لقد تلقينا تأكيدا يفيد بأن إيران قد أطلقت سراح خمسة أمريكيين كانوا معتقلين بشكل تعسفي ووضعتهم في الإقامة الجبرية. هذه خطوة مشجعة.";

    [Theory]
    [InlineData(EnglishOpening, "Forty years ago today, Iranian militants stormed the United States…")]
    [InlineData(ArabicOpening, "لقد تلقينا تأكيدا يفيد بأن إيران قد أطلقت سراح خمسة…")]
    [InlineData("Today marks 43 years since the takeover of the U.S. Embassy in Tehran. Followers of Ayatollah Khomeini held our diplomats hostage for 444 days, tormenting them and their families at home.", "Today marks 43 years since the takeover of the U.S. Embassy in Tehran")]
    public void A_text_without_a_short_line_is_titled_by_its_first_words_with_a_warning(string text, string title)
    {
        var seed = SeedParsing.Parse(text + "\n\n" + text);
        Assert.Equal(title, seed.Meta.Title);
        var warning = Assert.Single(seed.Report.Warnings, w => w.Message.Contains("title made from the first words", StringComparison.Ordinal));
        Assert.Equal((Severity.Warning, 1), (warning.Severity, warning.Line));
    }

    [Fact]
    public void Lines_in_another_script_dates_and_a_language_switcher_are_not_titles()
    {
        var seed = SeedParsing.Parse("rss\n\nEnglish English\n\n4 تشرين الثاني/نوفمبر 2019\n\nبيان من السكرتير الصحفي\n\n" + ArabicOpening);
        Assert.Equal("بيان من السكرتير الصحفي", seed.Meta.Title);
        Assert.DoesNotContain(seed.Report.Warnings, w => w.Message.Contains("title made from the first words", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cover_title_set_a_word_or_two_a_line_is_joined_under_its_capitalised_topic()
    {
        var seed = SeedParsing.Parse("GAO\n\nGRANTS\nMANAGEMENT\nEnhancing\nPerformance\nAccountability\nProvisions Could Lead\nto Better Results\n\n" + EnglishOpening);
        Assert.Equal("Grants Management: Enhancing Performance Accountability Provisions Could Lead to Better Results", seed.Meta.Title);
        Assert.DoesNotContain(seed.Report.Warnings, w => w.Message.Contains("title", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_the_text_repeats_is_taken_without_a_warning()
    {
        var seed = SeedParsing.Parse("العمل الحزبي في العراق إلى أين؟\n\nمركز البيان\n\nالعمل الحزبي في العراق إلى أين؟\n\n" + ArabicOpening);
        Assert.Equal("العمل الحزبي في العراق إلى أين؟", seed.Meta.Title);
        Assert.DoesNotContain(seed.Report.Warnings, w => w.Message.Contains("title", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opening_line_naming_an_institution_is_a_guess_with_a_warning()
    {
        var seed = SeedParsing.Parse("United States Government Accountability Office\n\n" + EnglishOpening);
        Assert.Equal("United States Government Accountability Office", seed.Meta.Title);
        Assert.Contains(seed.Report.Warnings, w => w.Message.Contains("title guessed from the first short line", StringComparison.Ordinal) && w.Line == 1);
    }
}
