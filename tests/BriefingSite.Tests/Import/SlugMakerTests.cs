using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class SlugMakerTests
{
    [Theory]
    [InlineData("The New Landscape of Iranian Politics", "the-new-landscape-of-iranian-politics")]
    [InlineData("  Iran’s  “spring” — faded!  ", "irans-spring-faded")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void Makes_ascii_slugs_of_lowercase_letters_digits_and_hyphens(string title, string expected) =>
        Assert.Equal(expected, SlugMaker.Make(title));

    [Theory]
    [InlineData("العمل الحزبي في العراق إلى أين؟", "ar", "al-aml-al-hzbi-fi-al-araq-ila-ayn")]
    [InlineData("السلمية مفهوم مثير للجدل", "ar", "al-slmya-mfhum-mthir-lil-jdl")]
    [InlineData("بيان من السكرتير الصحفي", "ar", "byan-mn-al-skrtir-al-shfi")]
    [InlineData("يورو", "ar", "yuru")]
    [InlineData("مَدْرَسَة", "ar", "madrasa")]
    [InlineData("شادباش نوروز", "fa", "shadbash-nuruz")]
    [InlineData("سالیوان و نوروز", "fa", "saliwan-va-nuruz")]
    [InlineData("بیانیه", "fa", "byanieh")]
    public void Arabic_script_titles_keep_their_word_shapes(string title, string language, string expected) =>
        Assert.Equal(expected, SlugMaker.Make(title, language));

    [Theory]
    [InlineData("العمل الحزبي في العراق إلى أين؟", "العمل-الحزبي-في-العراق-إلى-أين")]
    [InlineData("مَدْرَسَة ـ الـعـراق", "مدرسة-العراق")]
    [InlineData("شادباش\u200cها نوروز", "شادباشها-نوروز")]
    [InlineData("Iran’s ../Spring", "irans-spring")]
    public void Native_slugs_keep_the_letters_and_stay_safe_file_names(string title, string expected)
    {
        var slug = SlugMaker.Make(title, native: true);
        Assert.Equal(expected, slug);
        Assert.True(BriefingSite.Config.SlugRule.IsValidPageSlug(slug));
        Assert.False(BriefingSite.Config.SlugRule.IsValid(slug) && slug.Any(c => c > 127));
    }

    [Theory]
    [InlineData("العمل.الحزبي")]
    [InlineData("a/b")]
    [InlineData("ab-")]
    [InlineData("Iran")]
    [InlineData("مَدرسة")]
    public void A_page_slug_with_dots_slashes_capitals_or_marks_is_refused(string slug) =>
        Assert.False(BriefingSite.Config.SlugRule.IsValidPageSlug(slug));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = SlugMaker.Make(string.Join(' ', Enumerable.Repeat("parliament", 20)));
        Assert.True(slug.Length <= SlugMaker.MaxLength);
        Assert.EndsWith("parliament", slug, StringComparison.Ordinal);
    }
}
