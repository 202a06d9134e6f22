using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>
/// Given text laid out in columns by <c>pdftotext -layout</c>, with section titles in the left
/// margin beside the body (excerpt of GAO-08-587T, a US Government work in the public domain),
/// when side-heads are separated, then each title is a heading above its intact paragraph.
/// </summary>
public sealed class SideHeadSplitterTests
{
    private const string Layout = """
                             The survey was sent to all GAO employees except Senior Executive
        Overall Survey       Service/SL and interns (a total of 3,002 employees). 71% of eligible
        Response Rate        employees participated in the survey.

                             Several survey questions asked employees about the Watson Wyatt
        Analysis of Close-   market-based compensation study and specifically about staff
        Ended Survey         involvement, input and transparency. Specifically, respondents who were
                             at GAO prior to January 1, 2006, were asked if they were involved in
        Questions            several different types of activities conducted by Watson Wyatt and GAO
                             during the study.

                             Of those respondents who were at GAO prior to that date (83% of
                             respondents), 30% could not recall if they received communications.

        """;

    [Fact]
    public void A_side_head_becomes_a_block_before_the_body_lines_it_shared()
    {
        var blocks = SideHeadSplitter.Split(TextBlock.Split(Layout));
        Assert.Equal(["Overall Survey", "Response Rate"], blocks[0].Lines);
        Assert.Equal(2, blocks[0].StartLine);
        Assert.Equal("The survey was sent to all GAO employees except Senior Executive Service/SL and interns (a total of 3,002 employees). 71% of eligible employees participated in the survey.", blocks[1].Text);
        Assert.All(blocks[1].Lines, l => Assert.Equal(21, l.Length - l.TrimStart().Length));
    }

    [Fact]
    public void Separated_side_heads_are_headings_with_hyphenated_words_kept()
    {
        var nodes = HeadingDetector.Detect(BodyNodeReader.Read(SideHeadSplitter.Split(TextBlock.Split(Layout))));
        Assert.Equal(["Overall Survey Response Rate", "Analysis of Close-Ended Survey Questions"], nodes.OfType<HeadingNode>().Select(h => h.Text));
    }

    [Fact]
    public void A_paragraph_after_a_side_head_is_not_taken_for_an_indented_quotation()
    {
        var nodes = BodyNodeReader.Read(SideHeadSplitter.Split(TextBlock.Split(Layout + "                     The comments cannot be generalized.\n\n                     They do provide insights.\n")));
        Assert.DoesNotContain(nodes, n => n is QuoteNode);
    }

    [Fact]
    public void Rows_of_a_table_with_text_in_the_first_column_are_not_side_heads()
    {
        var blocks = TextBlock.Split("Band I              45%        30%\nBand II             51%        28%\n");
        Assert.Equal(blocks, SideHeadSplitter.Split(blocks));
    }

    [Fact]
    public void Text_without_a_margin_column_is_left_alone()
    {
        var blocks = TextBlock.Split("A paragraph of text\n    with an indented line\nand another.\n\n        Quoted  words here\n        and there.\n");
        Assert.Equal(blocks, SideHeadSplitter.Split(blocks));
    }
}
