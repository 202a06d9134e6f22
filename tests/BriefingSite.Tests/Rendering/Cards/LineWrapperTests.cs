using BriefingSite.Rendering.Cards;

namespace BriefingSite.Tests.Rendering.Cards;

public sealed class LineWrapperTests
{
    // Ten units per character: widths are easy to reason about.
    private static float Width(string text) => text.Length * 10;

    [Fact]
    public void Fills_each_line_up_to_the_width_and_breaks_only_at_spaces()
    {
        Assert.Equal(["aaa bbb", "ccc dd", "e"], LineWrapper.Wrap("aaa bbb ccc dd e", 70, Width));
    }

    [Fact]
    public void Collapses_runs_of_spaces_and_trims_the_ends()
    {
        Assert.Equal(["aa bb"], LineWrapper.Wrap("  aa \n  bb ", 100, Width));
    }

    [Fact]
    public void A_word_wider_than_the_line_stays_whole_on_its_own_line()
    {
        Assert.Equal(["a", "abcdefghijkl", "b"], LineWrapper.Wrap("a abcdefghijkl b", 50, Width));
    }

    [Fact]
    public void Wraps_Arabic_at_word_boundaries_in_logical_order()
    {
        Assert.Equal(["العمل الحزبي", "في العراق", "إلى أين؟"], LineWrapper.Wrap("العمل الحزبي في العراق إلى أين؟", 120, Width));
    }

    [Fact]
    public void Ellipsis_drops_whole_words_from_the_end_until_it_fits()
    {
        Assert.Equal("aaa bbb…", LineWrapper.WithEllipsis("aaa bbb ccc", 85, Width));
    }

    [Fact]
    public void Ellipsis_cuts_a_single_long_word_between_letters()
    {
        Assert.Equal("abcd…", LineWrapper.WithEllipsis("abcdefghij", 50, Width));
    }
}
