using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class SlugMakerTests
{
    [Theory]
    [InlineData("The New Landscape of Iranian Politics", "the-new-landscape-of-iranian-politics")]
    [InlineData("  Iran’s  “spring” — faded!  ", "irans-spring-faded")]
    [InlineData("العمل الحزبي في العراق", "lml-lhzby-fy-lrq")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void Makes_ascii_slugs_of_lowercase_letters_digits_and_hyphens(string title, string expected) =>
        Assert.Equal(expected, SlugMaker.Make(title));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = SlugMaker.Make(string.Join(' ', Enumerable.Repeat("parliament", 20)));
        Assert.True(slug.Length <= SlugMaker.MaxLength);
        Assert.EndsWith("parliament", slug, StringComparison.Ordinal);
    }
}
