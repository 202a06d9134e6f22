using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class TextLinterTests
{
    [Fact]
    public void A_letter_from_another_script_inside_a_word_is_reported_with_line_and_column()
    {
        var warning = Assert.Single(TextLinter.Lint("s.txt", "سطر أول\nلم يكن على و涕ة ثابتة"));
        Assert.Equal((2, 13), (warning.Line, warning.Column));
        Assert.Contains("U+6D95", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cyrillic_letter_hidden_in_a_latin_word_is_reported()
    {
        var warning = Assert.Single(TextLinter.Lint("s.txt", "The Guardian Counсil met."));
        Assert.Equal((1, 18), (warning.Line, warning.Column));
        Assert.Contains("Cyrillic", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Al-Bayan Center مركز البيان")]
    [InlineData("the état de droit, vowels with accents: é à ü.")]
    [InlineData("يُعد العراق من أوائل الدول")]
    [InlineData("Wait... and see; e.g., this.")]
    public void Whole_words_in_another_script_diacritics_and_ellipses_are_fine(string text) =>
        Assert.Empty(TextLinter.Lint("s.txt", text));

    [Theory]
    [InlineData("the end.. of it", 8)]
    [InlineData("نهاية،، الجملة", 6)]
    [InlineData("لماذا؟؟", 6)]
    public void Doubled_punctuation_is_reported(string text, int column) =>
        Assert.Equal(column, Assert.Single(TextLinter.Lint("s.txt", text)).Column);

    [Theory]
    [InlineData("12")]
    [InlineData("- 7 -")]
    [InlineData("Page 4 of 9")]
    [InlineData("صفحة 3")]
    public void A_line_that_is_only_a_page_number_is_reported(string line) =>
        Assert.Equal(2, Assert.Single(TextLinter.Lint("s.txt", "Text.\n" + line + "\nMore.")).Line);

    [Fact]
    public void The_linter_never_changes_the_text()
    {
        var parsed = SeedParsing.Parse("Title Line\n\nThe Counсil met.. twice.");
        Assert.Contains("The Counсil met.. twice.", parsed.Body, StringComparison.Ordinal);
        Assert.Equal(2, parsed.Report.Warnings.Count);
    }
}
