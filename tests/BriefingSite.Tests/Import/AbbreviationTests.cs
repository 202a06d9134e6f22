using System.Text;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class AbbreviationTests
{
    [Theory]
    [InlineData("GAO", "U.S. Government Accountability Office")]
    [InlineData("CRS", "Congressional Research Service")]
    [InlineData("IISS", "The International Institute for Strategic Studies")]
    public void Initials_of_the_last_words_abbreviate_the_name(string shortName, string fullName) =>
        Assert.True(Abbreviation.Abbreviates(shortName, fullName));

    [Theory]
    [InlineData("GAO", "GAO")]
    [InlineData("GAO", "Congressional Research Service")]
    [InlineData("Gao", "U.S. Government Accountability Office")]
    [InlineData("GAO", null)]
    [InlineData(null, "U.S. Government Accountability Office")]
    [InlineData("وزارة", "وزارة الخارجية الأمريكية")]
    public void Anything_else_does_not(string? shortName, string? fullName) =>
        Assert.False(Abbreviation.Abbreviates(shortName, fullName));

    [Fact]
    public void A_cover_naming_the_publisher_by_its_initials_gives_way_to_the_declared_full_name()
    {
        const string text = """
            GAO

            Crude Oil: Uncertainty about Future Oil Supply

            Oil is a global commodity, and its price is determined mainly by the balance between world demand and supply.
            """;
        var seed = new SeedText("seeds/crude-oil.pdf", text, "pdf", Encoding.UTF8.GetBytes(text))
        {
            Properties = new DocumentProperties { Title = "Crude Oil: Uncertainty about Future Oil Supply", Publisher = "U.S. Government Accountability Office" },
        };

        var parsed = new SeedParser(SeedParsing.Config).Parse(seed, new SeedOverrides());

        Assert.Equal("U.S. Government Accountability Office", parsed.Meta.Publisher);
        Assert.Equal("GAO", parsed.Meta.PublisherAlt);
    }
}
