using System.Text;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>
/// Formats that state their structure (HTML, Word) hand the parser heading lines and document
/// properties; the text rules then neither guess headings nor override what the text says.
/// </summary>
public class StatedStructureTests
{
    private const string English = """
        Water in the Valley

        The river has fallen for three summers in a row, and the farms below the dam feel it first.

        Short line that looks like a heading

        Farmers now plant in March, not April, to catch the last of the spring flow from the hills.

        What the ministry plans

        A new canal is planned, but its funding has not been voted on by the assembly this year.
        """;

    [Fact]
    public void Stated_heading_lines_are_the_only_headings_at_their_levels()
    {
        var parsed = Parse(English, headings: new Dictionary<int, int> { [9] = 3 });

        Assert.Contains("\n### What the ministry plans\n", "\n" + parsed.Body);
        Assert.DoesNotContain("## Short line", parsed.Body);
        Assert.Contains("Short line that looks like a heading", parsed.Body);
    }

    [Fact]
    public void Without_stated_headings_the_shape_of_the_text_decides()
    {
        var parsed = Parse(English, headings: null);

        Assert.Contains("## What the ministry plans", parsed.Body);
    }

    [Fact]
    public void Declared_properties_fill_what_the_text_does_not_say()
    {
        var properties = new DocumentProperties
        {
            Title = "Water in the Valley",
            Authors = ["Lina Haddad"],
            Date = new DateOnly(2024, 7, 3),
            Publisher = "Valley Institute",
            Summary = "Why the river is falling.",
        };

        var parsed = Parse(English, headings: null, properties);

        Assert.Equal("Water in the Valley", parsed.Meta.Title);
        Assert.Equal(["Lina Haddad"], parsed.Meta.Authors);
        Assert.Equal("2024-07-03", parsed.Meta.Date);
        Assert.Equal("Valley Institute", parsed.Meta.Publisher);
        Assert.Equal("Why the river is falling.", parsed.Meta.Summary);
    }

    [Fact]
    public void A_byline_in_the_text_beats_a_declared_author()
    {
        const string text = """
            تقرير عن المياه في الوادي

            بقلم: سارة العلي

            انخفض منسوب النهر ثلاثة صيوف متتالية، وتشعر المزارع أسفل السد بذلك أولاً قبل غيرها.
            """;

        var parsed = Parse(text, headings: null, new DocumentProperties { Authors = ["Template Author"], Language = "ar-IQ" });

        Assert.Equal(["سارة العلي"], parsed.Meta.Authors);
        Assert.Equal("ar", parsed.Meta.Lang);
    }

    private static ParsedSeed Parse(string text, IReadOnlyDictionary<int, int>? headings, DocumentProperties? properties = null) =>
        new SeedParser(SeedParsing.Config).Parse(
            new SeedText("seeds/test.html", text, "utf-8", Encoding.UTF8.GetBytes(text)) { Headings = headings, Properties = properties ?? DocumentProperties.None },
            new SeedOverrides());
}
