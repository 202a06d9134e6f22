using BriefingSite.Import.Pdf;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>
/// Lines as a PDF holds them (glyphs left to right, Arabic letters as presentation forms in
/// visual order) come out in logical order, with numbers and Latin words inside Arabic intact.
/// </summary>
public sealed class BidiReordererTests
{
    [Theory]
    [InlineData("2023 زومت 12", "12 تموز 2023")]
    [InlineData("يف NATO وتانلا فلح", "حلف الناتو NATO في")]
    [InlineData("يف New York Times ةديرج", "جريدة New York Times في")]
    [InlineData("يكيرمأ رالود $1.5990 رعس", "سعر 1.5990$ دولار أمريكي")]
    [InlineData("(EUR:\"وزيإلا زمر\" ،€:\"يلكشلا زمرلا\")", "(\"الرمز الشكلي\":€، \"رمز الإيزو\":EUR)")]
    [InlineData("ويام/رايأ 12", "12 أيار/مايو")]
    [InlineData("(ECU) وكيإلا", "الإيكو (ECU)")]
    public void Visual_arabic_lines_read_in_logical_order(string visual, string logical) =>
        Assert.Equal(logical, Logical(visual, LineDirection.RightToLeft));

    [Fact]
    public void Latin_lines_are_left_as_they_are() =>
        Assert.Equal("Page 12 of GAO-06-1046 (draft), 3.5%", Logical("Page 12 of GAO-06-1046 (draft), 3.5%", LineDirection.LeftToRight));

    [Fact]
    public void An_arabic_word_inside_an_english_line_is_reversed_alone() =>
        Assert.Equal("the word سلام means peace", Logical("the word مالس means peace", LineDirection.LeftToRight));

    [Fact]
    public void Letters_of_one_direction_decide_and_the_hint_settles_the_rest()
    {
        Assert.Equal(LineDirection.RightToLeft, BidiReorderer.BaseDirection("2021 - 12", LineDirection.RightToLeft));
        Assert.Equal(LineDirection.LeftToRight, BidiReorderer.BaseDirection("2021 - 12", LineDirection.LeftToRight));
        Assert.Equal(LineDirection.LeftToRight, BidiReorderer.BaseDirection("11/30/26, 6:49 PM", LineDirection.LeftToRight));
        Assert.Equal(LineDirection.RightToLeft, BidiReorderer.BaseDirection("وتانلا فلح 12", LineDirection.LeftToRight));
        Assert.Equal(LineDirection.RightToLeft, BidiReorderer.BaseDirection("NATO وتانلا", LineDirection.RightToLeft));
    }

    [Fact]
    public void A_wrapped_address_ending_an_arabic_paragraph_keeps_its_slash_at_the_end() =>
        Assert.Equal("president-abbas/", Logical("/president-abbas", BidiReorderer.BaseDirection("/president-abbas", LineDirection.RightToLeft)));

    [Fact]
    public void Arabic_indic_digits_keep_their_order() =>
        Assert.Equal("عام ١٩٩٩ م", Logical("م ١٩٩٩ ماع", LineDirection.RightToLeft));

    /// <summary>Reorders with the reader's own steps: levels, reversal, mirroring.</summary>
    internal static string Logical(string visual, LineDirection direction)
    {
        var (order, mirror) = BidiReorderer.VisualToLogical(visual, direction);
        return string.Concat(order.Select((index, i) => mirror[i] ? BidiReorderer.Mirrored(visual[index]) : visual[index]));
    }
}
