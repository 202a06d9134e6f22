using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>A text already written in Markdown keeps its own headings, loses its rules, and states metadata on a line of bold labels.</summary>
public sealed class MarkdownSourceTests
{
    private const string Summary = "# Federal Programs: OMB Needs a Useful Inventory\n\n**Report:** GAO-26-107551 | **Published:** 2026-03-05 | **Source:** [U.S. Government Accountability Office](https://www.gao.gov/products/gao-26-107551)\n\n---\n\n### What GAO Found\n\nEach year, the federal government spends trillions of dollars on federal programs.\n\nInventory Consistency with Key Practices\n\nGAO found that the inventory was not fully consistent with the practices.\n\n#### Details\n\nMore text here.\n\n---\n";

    [Fact]
    public void Its_own_headings_are_the_headings_and_its_rules_go()
    {
        var parsed = SeedParsing.Parse(Summary);
        Assert.Equal("Federal Programs: OMB Needs a Useful Inventory", parsed.Meta.Title);
        Assert.Equal(["## What GAO Found", "### Details"], parsed.Body.Split('\n').Where(l => l.StartsWith('#')));
        Assert.Contains("\n\nInventory Consistency with Key Practices\n\n", parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("---", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_bold_labels_gives_date_publisher_address_and_report_number()
    {
        var meta = SeedParsing.Parse(Summary).Meta;
        Assert.Equal(
            ("2026-03-05", "U.S. Government Accountability Office", "https://www.gao.gov/products/gao-26-107551", "GAO-26-107551"),
            (meta.Date, meta.Publisher, meta.PublisherUrl, meta.ReportNumber));
    }

    [Theory]
    [InlineData("# العنوان\n\n**تاريخ النشر:** 12 تموز 2023 | **الناشر:** مركز البيان\n\n## المقدمة\n\nنص.", "2023-07-12", "مركز البيان")]
    [InlineData("# عنوان\n\n**تاریخ:** ۲۰ مارس ۲۰۲۲ | **ناشر:** وزارت امور خارجه\n\n## مقدمه\n\nمتن.", "2022-03-20", "وزارت امور خارجه")]
    public void Bold_labels_are_read_in_arabic_and_persian(string text, string date, string publisher)
    {
        // The repository's site.yml has no Persian: the language is given, as seeds.yml would.
        var meta = SeedParsing.Parse(text, new SeedOverrides { Lang = "ar" }).Meta;
        Assert.Equal((date, publisher), (meta.Date, meta.Publisher));
    }

    [Theory]
    [InlineData("#1 trending story\n\n## Not markdown\n\nText.")]
    [InlineData("A Title\n\n## Background\n\nText.")]
    [InlineData("# Only a title\n\nText with no other heading.")]
    public void Only_a_text_opening_with_a_hash_title_and_other_hash_headings_is_markdown(string text) =>
        Assert.False(MarkdownSource.Is(text));
}
