using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>A compound whose line-end hyphen pdftotext dropped gets it back when the text writes the compound with a hyphen elsewhere.</summary>
public sealed class LostHyphensTests
{
    [Theory]
    [InlineData("Analysis of CloseEnded Survey Questions", "respondents answered close-ended questions.", "Analysis of Close-Ended Survey Questions")]
    [InlineData("Deepwater and UltraDeepwater Drilling", "drilling in deepwater and ultra-deepwater fields.", "Deepwater and Ultra-Deepwater Drilling")]
    [InlineData("Heavy and ExtraHeavy Oils", "Venezuelan Extra-Heavy oil.", "Heavy and Extra-Heavy Oils")]
    public void A_glued_compound_the_text_writes_with_a_hyphen_gets_it_back(string heading, string elsewhere, string restored)
    {
        var nodes = LostHyphens.Restore([new HeadingNode(heading, 3), new ParagraphNode(elsewhere, 5)], heading + "\n\n" + elsewhere);

        Assert.Equal(restored, nodes[0].Text);
        Assert.IsType<HeadingNode>(nodes[0]);
        Assert.Equal(elsewhere, nodes[1].Text);
    }

    [Theory]
    [InlineData("Training in PowerPoint and JavaScript", "a well-known power point.")]
    [InlineData("Analysis of CloseEnded Survey Questions", "No compound is written with a hyphen here.")]
    [InlineData("The McDonald Report", "McDonald-owned restaurants and the Donald-era rules.")]
    public void Other_words_with_a_capital_inside_are_left_alone(string heading, string elsewhere)
    {
        var nodes = LostHyphens.Restore([new HeadingNode(heading, 3), new ParagraphNode(elsewhere, 5)], heading + "\n\n" + elsewhere);

        Assert.Equal(heading, nodes[0].Text);
    }

    [Fact]
    public void Arabic_text_and_its_hyphenated_words_are_left_as_they_are()
    {
        const string text = "تحليل أسئلة المسح المغلقة\n\nالشرق-الأوسط وشمال-أفريقيا";
        var nodes = LostHyphens.Restore([new HeadingNode("تحليل أسئلة المسح المغلقة", 1), new ParagraphNode("الشرق-الأوسط وشمال-أفريقيا", 3)], text);

        Assert.Equal(["تحليل أسئلة المسح المغلقة", "الشرق-الأوسط وشمال-أفريقيا"], nodes.Select(n => n.Text));
    }

    [Fact]
    public void The_importer_restores_the_hyphen_in_a_heading_of_a_plain_text()
    {
        const string seed = "Survey Results\n\nRespondents answered close-ended questions and open questions alike, as the survey asked.\n\n"
            + "Analysis of CloseEnded Survey\nQuestions\n\nSeveral survey questions asked employees about the market-based compensation study in detail.\n";

        var markdown = SeedParsing.Parse(seed).Body;

        Assert.Contains("## Analysis of Close-Ended Survey Questions", markdown);
    }
}
