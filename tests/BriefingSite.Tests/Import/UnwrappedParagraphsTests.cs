using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Web copies keep each paragraph on one long line, often with no blank line between them.</summary>
public sealed class UnwrappedParagraphsTests
{
    private static readonly string LongArabic =
        "تأسست الأصوات العالمية في ديسمبر من العام 2004 على يد الرئيسة السابقة لمكتب سي إن إن في الصين واليابان، يدًا بيد مع التقني والخبير في الشئون الأفريقية عندما كانوا زملاء في مركز بركمان للإنترنت والمجتمع.";

    private static readonly string LongEnglish =
        "Global Voices was founded in December 2004 by a former bureau chief in Beijing and Tokyo, together with a technologist and Africa expert, when both were fellows at the Berkman Center for Internet and Society at Harvard.";

    [Fact]
    public void Each_long_line_and_the_short_heading_before_it_stand_alone()
    {
        var text = $"تاريخ الموقع\n{LongArabic}\nالأهداف الرئيسية\n{LongArabic}";

        var blocks = UnwrappedParagraphs.Split(TextBlock.Split(text));

        Assert.Equal(["تاريخ الموقع", LongArabic, "الأهداف الرئيسية", LongArabic], blocks.Select(b => b.Text));
        Assert.Equal([1, 2, 3, 4], blocks.Select(b => b.StartLine));
    }

    [Fact]
    public void Short_lines_together_stay_one_block_and_a_line_without_a_stop_runs_on()
    {
        var cut = LongEnglish.TrimEnd('.') + " and the";
        var text = $"U.S. Department of State\nOffice of the Spokesperson\nMay 12, 2021\n{LongEnglish}\n{cut}\n{LongEnglish}";

        var blocks = UnwrappedParagraphs.Split(TextBlock.Split(text));

        Assert.Equal(3, blocks.Count);
        Assert.Equal(3, blocks[0].Lines.Count);
        Assert.Single(blocks[1].Lines);
        Assert.Equal(2, blocks[2].Lines.Count);
    }

    [Fact]
    public void Hard_wrapped_text_is_left_as_it_is()
    {
        const string text = "The river has fallen for three summers in a row, and the farms\nbelow the dam feel it first. Farmers now plant in March, not April,\nto catch the last of the spring flow.";

        var blocks = UnwrappedParagraphs.Split(TextBlock.Split(text));

        Assert.Equal(3, Assert.Single(blocks).Lines.Count);
    }
}
