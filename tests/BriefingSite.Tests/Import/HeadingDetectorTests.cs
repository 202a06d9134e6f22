using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class HeadingDetectorTests
{
    [Theory]
    [InlineData("Who Voted?", true)]
    [InlineData("العمل الحزبي في العراق إلى أين؟", true)]
    [InlineData("الخاتمة والتوصية", true)]
    [InlineData("With or Without the State", true)]
    [InlineData("The elections ended.", false)]
    [InlineData("يمكن تقسيم الحياة الحزبية إلى أربع مراحل وعلى النحو الآتي:", false)]
    [InlineData("and then the deputies resigned", false)]
    [InlineData("وفي ذلك العام،", false)]
    [InlineData("12", false)]
    public void A_heading_is_one_short_line_that_does_not_end_a_sentence(string text, bool expected) =>
        Assert.Equal(expected, HeadingDetector.LooksLikeHeading(new ParagraphNode(text, 1)));

    [Fact]
    public void A_long_line_without_a_full_stop_is_not_a_heading() =>
        Assert.False(HeadingDetector.LooksLikeHeading(new ParagraphNode(string.Join(' ', Enumerable.Repeat("word", 13)), 1)));

    [Fact]
    public void Headings_everywhere_including_one_after_another_but_not_the_last_line()
    {
        var nodes = HeadingDetector.Detect(BodyNodeReader.Read(TextBlock.Split(
            "Part One\n\nBackground\n\nThe party law of 1922 came first.\n\nPart Two\n\nThe monarchy ended in 1958.\n\nSigned")));
        Assert.Equal(
            [typeof(HeadingNode), typeof(HeadingNode), typeof(ParagraphNode), typeof(HeadingNode), typeof(ParagraphNode), typeof(ParagraphNode)],
            nodes.Select(n => n.GetType()));
    }
}
