using BriefingSite.Rendering.Cards;

namespace BriefingSite.Tests.Rendering.Cards;

public sealed class BidiOrderingTests
{
    /// <summary>The runs left to right, each as its text and direction.</summary>
    private static List<(string Text, bool Rtl)> Visual(string line, bool rtl) =>
        [.. BidiOrdering.VisualRuns(line, rtl).Select(r => (line.Substring(r.Start, r.Length), r.RightToLeft))];

    [Fact]
    public void Arabic_title_is_one_right_to_left_run()
    {
        Assert.Equal([("العمل الحزبي في العراق إلى أين؟", true)], Visual("العمل الحزبي في العراق إلى أين؟", rtl: true));
    }

    [Fact]
    public void English_name_in_an_Arabic_title_stays_left_to_right_and_the_Arabic_around_it_swaps_sides()
    {
        // Logical: تقرير · GAO-07-283 · عن النفط. Read right to left, "تقرير" comes first, so it is drawn rightmost.
        Assert.Equal(
            [(" عن النفط", true), ("GAO-07-283", false), ("تقرير ", true)],
            Visual("تقرير GAO-07-283 عن النفط", rtl: true));
    }

    [Fact]
    public void Digits_after_Arabic_letters_are_a_number_run_read_left_to_right()
    {
        Assert.Equal(
            [(" والعالم", true), ("2024", false), ("العراق ", true)],
            Visual("العراق 2024 والعالم", rtl: true));
    }

    [Fact]
    public void Decimal_point_stays_inside_an_Arabic_number_and_the_percent_sign_follows_the_Arabic()
    {
        // After Arabic letters 2.5 is an Arabic number (W2, W4); "%" terminates only European numbers
        // (W5), so it resolves with the Arabic text and is drawn to the number's left, as browsers do.
        Assert.Equal(
            [("% نمو", true), ("2.5", false), ("بنسبة ", true)],
            Visual("بنسبة 2.5% نمو", rtl: true));
    }

    [Fact]
    public void Arabic_words_in_an_English_title_form_one_right_to_left_run_in_place()
    {
        Assert.Equal(
            [("Talks in ", false), ("بغداد الجديدة", true), (" today", false)],
            Visual("Talks in بغداد الجديدة today", rtl: false));
    }

    [Fact]
    public void Punctuation_at_the_end_of_a_right_to_left_line_takes_the_paragraph_direction()
    {
        // ")" sits between a Latin letter and the line's end: the Arabic paragraph's direction wins,
        // so the closing bracket is drawn at the far left, after the name.
        Assert.Equal(
            [(")", true), ("MERIP", false), ("مركز (", true)],
            Visual("مركز (MERIP)", rtl: true));
    }

    [Fact]
    public void Persian_digits_after_Persian_letters_are_a_number_run()
    {
        Assert.Equal(
            [(" ایران", true), ("۱۴۰۳", false), ("سال ", true)],
            Visual("سال ۱۴۰۳ ایران", rtl: true));
    }

    [Fact]
    public void Digits_after_Latin_letters_in_an_English_title_are_plain_left_to_right_text()
    {
        Assert.Equal([("GAO-07-283 and 2024", false)], Visual("GAO-07-283 and 2024", rtl: false));
    }
}
