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
    public void Turns_numbered_markers_into_markdown_footnote_references()
    {
        var used = new HashSet<int>();
        var text = FootnoteExtractor.LinkMarkers("from running. [1] Nor [Persian] have [2]", used);
        Assert.Equal("from running.[^1] Nor [Persian] have[^2]", text);
        Assert.Equal([1, 2], used.Order());
    }

    [Fact]
    public void Definitions_in_several_blocks_after_a_notes_label_are_all_taken_with_their_lines()
    {
        var blocks = SeedParsing.Blocks("Body [1] and [2].\n\nالهوامش\n\n[1] First,\ncontinued.\n\n[2] Second.");
        var definitions = FootnoteExtractor.TakeDefinitions(blocks);
        Assert.Equal(new FootnoteDefinition("First, continued.", 5), definitions[1]);
        Assert.Equal(new FootnoteDefinition("Second.", 8), definitions[2]);
        Assert.Equal("Body [1] and [2].", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Arabic_indic_digits_are_footnote_numbers_too() =>
        Assert.Equal([(1, "مصدر أول."), (2, "مصدر ثان.")], FootnoteExtractor.SplitLine("[١] مصدر أول. [٢] مصدر ثان."));

    [Fact]
    public void A_text_without_definitions_gives_none() =>
        Assert.Empty(FootnoteExtractor.TakeDefinitions(SeedParsing.Blocks("Just text [1].\n\nMore text.")));
}
