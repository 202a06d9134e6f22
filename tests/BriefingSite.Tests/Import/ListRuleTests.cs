using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Given list lines in the markers real texts use, when the body is read, then each becomes an item at its level.</summary>
public sealed class ListRuleTests
{
    private static List<ListItemNode> Items(string text) => [.. BodyNodeReader.Read(TextBlock.Split(text)).OfType<ListItemNode>()];

    [Theory]
    [InlineData("• first\n• second")]
    [InlineData("● first\n● second")]
    [InlineData("▪ first\n▪ second")]
    [InlineData("– first\n– second")]
    [InlineData("- first\n- second")]
    [InlineData("* first\n* second")]
    public void Bullets_of_every_kind_are_items(string text) =>
        Assert.Equal([(null, "first"), (null, "second")], Items(text).Select(i => (i.Number, i.Text)));

    [Theory]
    [InlineData("١. الأول\n٢. الثاني")]
    [InlineData("١- الأول\n٢- الثاني")]
    [InlineData("(١) الأول\n(٢) الثاني")]
    [InlineData("1- الأول\n2- الثاني")]
    public void Arabic_indic_and_hyphen_numbers_are_numbered_items(string text) =>
        Assert.Equal([((int?)1, "الأول"), (2, "الثاني")], Items(text).Select(i => (i.Number, i.Text)));

    [Theory]
    [InlineData("a) first\nb) second", "a) first", "b) second")]
    [InlineData("(a) first\n(b) second", "(a) first", "(b) second")]
    [InlineData("أ- الأول\nب- الثاني", "أ- الأول", "ب- الثاني")]
    [InlineData("أ) الأول\nب) الثاني", "أ) الأول", "ب) الثاني")]
    public void Lettered_items_keep_their_letter_as_text(string text, string first, string second) =>
        Assert.Equal([first, second], Items(text).Select(i => i.Text));

    [Fact]
    public void Indentation_nests_items_under_the_one_before() =>
        Assert.Equal([0, 1, 1, 0], Items("1. first\n   a) one\n   b) two\n2. second").Select(i => i.Level));

    [Fact]
    public void A_bullet_alone_on_a_line_marks_the_text_after_it_as_an_item_but_never_a_heading()
    {
        // Shaped as pdftotext writes the bullets of GAO-06-1046 (public domain).
        var nodes = HeadingDetector.Detect(BodyNodeReader.Read(TextBlock.Split("""
            Ensuring sufficient value requires that

            •

            both the grantor and grantee are able to determine the value of the rewards.

            •

            Understand the Value of
            Performance

            According to the literature we reviewed, both should understand what performance is worth.
            """)));
        Assert.Equal(
            [typeof(ParagraphNode), typeof(ListItemNode), typeof(HeadingNode), typeof(ParagraphNode)],
            nodes.Select(n => n.GetType()));
        Assert.DoesNotContain(nodes, n => n.Text.Contains('•', StringComparison.Ordinal));
    }
}
