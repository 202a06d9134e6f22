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
}
