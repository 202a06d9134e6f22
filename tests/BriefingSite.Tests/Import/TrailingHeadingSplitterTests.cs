using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Given a heading that pdftotext wrote on the last line of the paragraph above it, the heading is split off; the wrapped end of a sentence is not.</summary>
public sealed class TrailingHeadingSplitterTests
{
    [Fact]
    public void A_title_case_line_after_a_sentence_end_becomes_its_own_heading()
    {
        var parsed = SeedParsing.Parse("A Title\n\nKey capital costs include new drills and\nother surface facilities.\nPotential Production\n\n• Recovery adds 12 percent to production.\n", new SeedOverrides { Title = "A Title" });

        Assert.Contains("other surface facilities.\n\n## Potential Production\n\n- Recovery adds", parsed.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The first sentence ends here.\nthe second one starts in lower case")]
    [InlineData("The first sentence ends here.\nAnd the Second Goes On for Many More Words Than a Title Has")]
    [InlineData("The first sentence ends here.\nAnother sentence ends.")]
    [InlineData("The meeting took place in Washington.\nMarch 5, 2007")]
    public void The_end_of_a_paragraph_stays_in_it(string paragraph)
    {
        var blocks = TrailingHeadingSplitter.Split(SeedParsing.Blocks(paragraph));
        Assert.Single(blocks);
    }

    [Fact]
    public void Arabic_text_is_left_alone_because_case_says_nothing_there()
    {
        var blocks = TrailingHeadingSplitter.Split(SeedParsing.Blocks("انتهت الجملة الأولى هنا.\nالتكاليف الرئيسية"));
        Assert.Single(blocks);
    }
}
