using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class FrontMatterHeadingTests
{
    private static string[] Headings(IEnumerable<BodyNode> nodes) => [.. nodes.OfType<HeadingNode>().Select(h => h.Text)];

    [Fact]
    public void Headings_between_the_contents_list_and_the_first_section_it_names_are_front_matter()
    {
        var nodes = HeadingDetector.Detect(BodyNodeReader.Read(TextBlock.Split(
            "Why We Did This Study\n\nThe committee asked us to review the grant rules and their results.\n\n"
            + "Contents\n\nResults in Brief 3 Background 5 Grant Rules Differ Widely 9 Conclusions 20\n\n"
            + "Abbreviations\n\nHHS Department of Health and Human Services, which funds the programs.\n\n"
            + "Results in Brief\n\nThe rules differ widely between the programs we reviewed.\n\n"
            + "Background\n\nThe programs began in 1996 under a single law.\n\n"
            + "Grant Rules Differ Widely\n\nEach program sets its own penalties and rewards.\n\n"
            + "Conclusions\n\nA common rule would help the grantees.")));

        Assert.Equal(["Why We Did This Study", "Results in Brief", "Background", "Grant Rules Differ Widely", "Conclusions"], Headings(nodes));
        Assert.Contains(nodes, n => n is ParagraphNode { Text: "Abbreviations" });
    }

    [Fact]
    public void An_arabic_contents_list_marks_the_start_of_the_body_too()
    {
        BodyNode[] nodes =
        [
            new ParagraphNode("المحتويات", 1),
            new ParagraphNode("المقدمة ٣ الخلفية ٥ الخاتمة ٩", 2),
            new HeadingNode("قائمة المختصرات", 3),
            new ParagraphNode("م ت: منظمة التحرير الفلسطينية.", 4),
            new HeadingNode("المقدمة", 5),
            new ParagraphNode("نص المقدمة.", 6),
            new HeadingNode("الخلفية", 7),
            new ParagraphNode("نص الخلفية.", 8),
            new HeadingNode("الخاتمة", 9),
            new ParagraphNode("نص الخاتمة.", 10),
        ];

        var result = FrontMatterHeadings.Demote(nodes);

        Assert.Equal(["المقدمة", "الخلفية", "الخاتمة"], Headings(result));
        Assert.Equal(new ParagraphNode("قائمة المختصرات", 3), result[2]);
    }

    [Fact]
    public void A_paragraph_that_only_mentions_some_section_titles_is_not_a_contents_list()
    {
        BodyNode[] nodes =
        [
            new HeadingNode("Introduction", 1),
            new ParagraphNode("This note covers the Background, the Findings and our Conclusions, in that order, with a short annex.", 2),
            new HeadingNode("Method", 3),
            new ParagraphNode("We read the files.", 4),
            new HeadingNode("Background", 5),
            new ParagraphNode("Text.", 6),
            new HeadingNode("Findings", 7),
            new ParagraphNode("Text.", 8),
            new HeadingNode("Conclusions", 9),
        ];

        Assert.Equal(["Introduction", "Method", "Background", "Findings", "Conclusions"], Headings(FrontMatterHeadings.Demote(nodes)));
    }

    [Fact]
    public void A_title_inside_a_longer_word_is_not_named_by_the_contents()
    {
        BodyNode[] nodes =
        [
            new ParagraphNode("Findings 2 Backgrounds 4 Conclusions 6 Annexes 8", 1),
            new HeadingNode("Notes", 2),
            new HeadingNode("Findings", 3),
            new HeadingNode("Background", 4),
            new HeadingNode("Conclusions", 5),
        ];

        // Only two titles are named whole ("Background" sits inside "Backgrounds"): not a contents list.
        Assert.Equal(["Notes", "Findings", "Background", "Conclusions"], Headings(FrontMatterHeadings.Demote(nodes)));
    }
}
