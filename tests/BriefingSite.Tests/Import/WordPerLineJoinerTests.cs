using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>pdftotext writes some justified lines one word per paragraph; they are one sentence.</summary>
public sealed class WordPerLineJoinerTests
{
    [Fact]
    public void Three_or_more_lone_words_in_a_row_are_one_paragraph()
    {
        var nodes = WordPerLineJoiner.Join(Paragraphs("على مضمون", "البيان", "الأصلي", "يرجى", "مراجعة", "الرابط التالي:"));

        Assert.Equal("على مضمون البيان الأصلي يرجى مراجعة الرابط التالي:", Assert.Single(nodes).Text);
    }

    [Fact]
    public void A_word_ending_a_sentence_ends_the_run_and_two_short_paragraphs_stay_apart()
    {
        var nodes = WordPerLineJoiner.Join(Paragraphs("Read", "the", "statement.", "Conclusions", "The council met on Monday and agreed."));

        Assert.Equal(["Read the statement.", "Conclusions", "The council met on Monday and agreed."], nodes.Select(n => n.Text));
    }

    [Fact]
    public void Fewer_than_three_lone_words_are_left_alone() =>
        Assert.Equal(2, WordPerLineJoiner.Join(Paragraphs("Background", "Findings")).Count);

    private static List<BodyNode> Paragraphs(params string[] texts) =>
        [.. texts.Select((text, i) => (BodyNode)new ParagraphNode(text, (i * 2) + 1))];
}
