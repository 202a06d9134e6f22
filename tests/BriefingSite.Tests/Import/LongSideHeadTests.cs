using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Given a long title wrapped over many short lines (a report's margin side-head as pdftotext writes it), it is one heading; a logo's text repeated down a block is not.</summary>
public sealed class LongSideHeadTests
{
    [Fact]
    public void A_title_of_twenty_three_words_wrapped_over_six_lines_is_a_heading()
    {
        var parsed = SeedParsing.Parse(
            "A Title\n\nThe report opens here.\n\nFederal Agencies Have\nMany Programs and\nActivities Related to Peak\nOil Issues, but Peak Oil\nGenerally Is Not the Main\nFocus of These Efforts\n\nFederal agencies have programs that could be directed to reduce uncertainty.\n",
            new SeedOverrides { Title = "A Title" });

        Assert.Contains("## Federal Agencies Have Many Programs and Activities Related to Peak Oil Issues, but Peak Oil Generally Is Not the Main Focus of These Efforts\n\nFederal agencies", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_wrapped_over_seven_lines_is_a_heading()
    {
        var parsed = SeedParsing.Parse(
            "A Title\n\nThe report opens here.\n\nAlternative\nTransportation\nTechnologies Face\nChallenges in\nMitigating the\nConsequences of the\nPeak and Decline\n\nIn the United States, these technologies have limited potential.\n",
            new SeedOverrides { Title = "A Title" });

        Assert.Contains("## Alternative Transportation Technologies Face Challenges in Mitigating the Consequences of the Peak and Decline\n\n", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_line_repeated_down_a_block_is_not_a_heading()
    {
        var nodes = HeadingDetector.Detect([
            new ParagraphNode("The page opens.", 1),
            new ParagraphNode(string.Join(' ', Enumerable.Repeat("U.S. Department of State", 6)), 3, 6),
            new ParagraphNode("The briefing began at noon.", 10)]);

        Assert.Empty(nodes.OfType<HeadingNode>());
    }
}
