using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class FootnoteExtractorTests
{
    [Fact]
    public void Splits_several_definitions_run_together_on_one_line_and_keeps_bracketed_words()
    {
        var notes = FootnoteExtractor.SplitLine("[13] See Goft-o-Gu 40. [Persian] [14] See Goft-o-Gu 39. [Persian] [15] On urban classes.").ToList();
        Assert.Equal([13, 14, 15], notes.Select(n => n.Number));
        Assert.Equal("See Goft-o-Gu 40. [Persian]", notes[0].Text);
    }

    [Fact]
    public void Arabic_indic_digits_are_footnote_numbers_too() =>
        Assert.Equal([(1, "مصدر أول."), (2, "مصدر ثان.")], FootnoteExtractor.SplitLine("[١] مصدر أول. [٢] مصدر ثان."));
}
