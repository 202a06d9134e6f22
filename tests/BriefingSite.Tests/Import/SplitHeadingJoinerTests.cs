using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Given a heading that page layout split into two paragraphs, the two are joined; paragraphs that merely follow each other are not.</summary>
public sealed class SplitHeadingJoinerTests
{
    [Theory]
    [InlineData("Appendix I: Objectives, Scope, and", "Methodology", "Appendix I: Objectives, Scope, and Methodology")]
    [InlineData("Appendix V: Comments from the Department", "of Energy", "Appendix V: Comments from the Department of Energy")]
    [InlineData("Appendix III: Key Technologies to Enhance", "the Supply of Oil", "Appendix III: Key Technologies to Enhance the Supply of Oil")]
    [InlineData("الملحق الخامس: تعليقات من", "وزارة الطاقة", "الملحق الخامس: تعليقات من وزارة الطاقة")]
    public void A_heading_split_in_two_is_joined(string first, string second, string heading)
    {
        var nodes = SplitHeadingJoiner.Join([new ParagraphNode(first, 10), new ParagraphNode(second, 14), new ParagraphNode("The body text follows here.", 16)]);

        Assert.Equal(heading, nodes[0].Text);
        Assert.Equal(10, nodes[0].Line);
        Assert.Equal(2, nodes.Count);
        Assert.IsType<HeadingNode>(HeadingDetector.Detect(nodes)[0]);
    }

    [Theory]
    [InlineData("Key Findings", "The report shows growth.")]
    [InlineData("Results", "the rest of it went on without us")]
    [InlineData("The rise in prices was caused by", "a long and hard winter in the north of the country that nobody expected")]
    [InlineData("النتائج الرئيسية", "ارتفعت الأسعار.")]
    public void Paragraphs_that_only_follow_each_other_stay_apart(string first, string second)
    {
        var nodes = SplitHeadingJoiner.Join([new ParagraphNode(first, 10), new ParagraphNode(second, 12)]);

        Assert.Equal([first, second], nodes.Select(n => n.Text));
    }

    [Fact]
    public void Two_paragraphs_a_page_header_confirms_as_one_heading_are_joined()
    {
        // Neither part alone says the title goes on; the header at the page top said it.
        var confirmed = new Dictionary<int, string> { [10] = "Appendix VII: GAO Contact and Staff Acknowledgments" };
        BodyNode[] nodes = [new ParagraphNode("Appendix VII: GAO Contact and Staff", 10), new ParagraphNode("Acknowledgments", 12)];

        Assert.Equal("Appendix VII: GAO Contact and Staff Acknowledgments", Assert.Single(SplitHeadingJoiner.Join(nodes, confirmed)).Text);
        Assert.Equal(2, SplitHeadingJoiner.Join(nodes).Count);
    }

    [Theory]
    [InlineData("Jim Wells, (202) 512-3841")]
    [InlineData("للاتصال: محمد علي، هاتف +964 770 123 4567")]
    public void A_contact_line_with_a_telephone_number_is_not_a_heading(string line)
    {
        var nodes = HeadingDetector.Detect([new ParagraphNode("Contact", 1), new ParagraphNode(line, 3), new ParagraphNode("Staff Acknowledgments", 5), new ParagraphNode("Many people helped with this report.", 7)]);

        Assert.Equal(["Contact", "Staff Acknowledgments"], nodes.OfType<HeadingNode>().Select(h => h.Text));
    }
}
