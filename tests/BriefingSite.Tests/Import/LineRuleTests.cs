using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Given hard-wrapped text, when lines are re-flowed, then words split at a line end are joined only where they are one word.</summary>
public sealed class LineRuleTests
{
    private static List<BodyNode> Read(string text) => BodyNodeReader.Read(TextBlock.Split(text));

    [Fact]
    public void A_hyphen_splitting_a_word_the_text_writes_whole_elsewhere_is_removed()
    {
        var nodes = Read("The inter-\nnational press came.\n\nInternational observers left.\n");
        Assert.Equal("The international press came.", nodes[0].Text);
    }

    [Fact]
    public void A_hyphen_splitting_a_word_of_the_english_word_list_is_removed() =>
        Assert.Equal("The government resigned.", Read("The govern-\nment resigned.\n")[0].Text);

    [Theory]
    [InlineData("a well-\nknown figure", "a well-known figure")]
    [InlineData("the nation’s long-\nterm fiscal imbalance", "the nation’s long-term fiscal imbalance")]
    [InlineData("Analysis of Close-\nEnded Questions", "Analysis of Close-Ended Questions")]
    [InlineData("a step-by-\nstep approach", "a step-by-step approach")]
    [InlineData("costs -\nand benefits", "costs - and benefits")]
    [InlineData("تكاليف -\nومنافع", "تكاليف - ومنافع")]
    public void Compounds_capitals_and_spaced_dashes_keep_their_hyphen(string text, string expected) =>
        Assert.Equal(expected, Read(text)[0].Text);

    [Fact]
    public void A_number_split_at_a_line_end_is_joined_and_is_no_list_item()
    {
        var nodes = Read("The act (P.L. 66-\n261. of 1920) governs shipping.\n");
        Assert.Equal("The act (P.L. 66-261. of 1920) governs shipping.", Assert.IsType<ParagraphNode>(Assert.Single(nodes)).Text);
    }

    [Fact]
    public void A_numbered_line_after_a_line_ending_mid_sentence_continues_it()
    {
        var nodes = Read("In fiscal year 2005 the total reached\n12. That is a record.\n\nGAO was asked to examine\n(1) challenges to accountability,\n(2) mechanisms in use.\n");
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, n => Assert.IsType<ParagraphNode>(n));
        Assert.Equal("GAO was asked to examine (1) challenges to accountability, (2) mechanisms in use.", nodes[1].Text);
    }

    [Fact]
    public void The_next_number_of_a_list_is_an_item_even_after_a_wrapped_line_without_a_full_stop()
    {
        var nodes = Read("They are as follows:\n1. ensure mechanisms are of sufficient value to motivate desired\nbehaviors,\n2. allow for phased implementation.\n");
        Assert.Equal([(1, "ensure mechanisms are of sufficient value to motivate desired behaviors,"), (2, "allow for phased implementation.")],
            nodes.OfType<ListItemNode>().Select(i => (i.Number!.Value, i.Text)));
    }

    [Fact]
    public void A_title_case_line_directly_above_its_paragraph_stands_apart()
    {
        // Shaped as pdftotext writes the Highlights page of GAO-06-1046 (public domain).
        var nodes = HeadingDetector.Detect(Read("What GAO Recommends\nGAO recommends that the Director of\nOMB work with agencies and\nCongress to encourage the use of mechanisms.\n"));
        Assert.Equal("What GAO Recommends", Assert.IsType<HeadingNode>(nodes[0]).Text);
        Assert.StartsWith("GAO recommends that", nodes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_numbered_title_directly_above_its_paragraph_stands_apart()
    {
        var nodes = HeadingDetector.Detect(Read("أولاً: الخلفية\nشهد العراق منذ عام 2003 تحولات كبيرة في الحياة الحزبية والسياسية\nوفي عدد الأحزاب المسجلة رسمياً.\n"));
        Assert.Equal("أولاً: الخلفية", Assert.IsType<HeadingNode>(nodes[0]).Text);
        Assert.StartsWith("شهد العراق", nodes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_first_line_of_a_wrapped_title_or_of_an_address_does_not_stand_apart()
    {
        Assert.Single(Read("Ontario Realty\nCorporation’s Contract\nwith ProFac\n"));
        Assert.Single(Read("The White House\nStatements and Releases\n"));
    }
}
