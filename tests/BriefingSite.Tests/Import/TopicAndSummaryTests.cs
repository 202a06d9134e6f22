using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class TopicAndSummaryTests
{
    [Fact]
    public void Latin_keywords_match_at_word_starts_and_overlapping_keywords_count_once()
    {
        Assert.Equal(2, TopicProposer.CountHits("Iranian voters in Iran; Tehranis", ["Iran"]));
        Assert.Equal(2, TopicProposer.CountHits("elections and one election", ["election", "elections"]));
    }

    [Fact]
    public void Arabic_keywords_match_with_attached_prefixes() =>
        Assert.Equal(3, TopicProposer.CountHits("الحزب وبالحزب والأحزاب", ["الأحزاب", "الحزب", "حزب"]));

    [Fact]
    public void A_country_named_in_passing_is_not_proposed_but_the_subject_is()
    {
        var text = string.Join(' ', Enumerable.Repeat("Iran held elections; voters in Iran went to the polls.", 250)) + " Iraq Iraq Iraq";
        Assert.Equal(["iran", "elections"], TopicProposer.Propose(text, "en", SeedParsing.Config));
    }

    [Fact]
    public void The_summary_is_the_opening_sentence_or_a_clause_cut_with_an_ellipsis()
    {
        var english = SummaryMaker.Make([new ParagraphNode("Conservatives recaptured two thirds of the parliament in February 2004 after the Guardian Council barred candidates. [1] Then more followed.", 1)]);
        Assert.Equal("Conservatives recaptured two thirds of the parliament in February 2004 after the Guardian Council barred candidates.", english);

        var arabic = SummaryMaker.Make([new ParagraphNode(string.Join("، ", Enumerable.Repeat("مرت الحياة السياسية في العراق بمراحل متعددة", 12)), 1)]);
        Assert.EndsWith("متعددة…", arabic, StringComparison.Ordinal);
        Assert.True(arabic!.Length <= SummaryMaker.MaxLength + 1);
    }
}
