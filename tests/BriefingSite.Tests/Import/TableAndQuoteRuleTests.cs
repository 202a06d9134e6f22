using AngleSharp.Html.Parser;
using BriefingSite.Import;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Import;

/// <summary>Given aligned columns and set-apart quotations, when the body is composed, then they become pipe tables and <c>&gt;</c> blocks that render as tables and block quotes.</summary>
public sealed class TableAndQuoteRuleTests
{
    private static string Compose(string text) =>
        MarkdownComposer.Compose(PageBreakJoiner.Join(BodyNodeReader.Read(TextBlock.Split(text)), _ => { }, _ => { }), new Dictionary<int, string>()).Markdown;

    [Fact]
    public void Space_aligned_columns_with_right_aligned_numbers_become_a_pipe_table()
    {
        // Shaped as pdftotext -layout writes a survey table.
        var markdown = Compose("""
            Turnout fell in every province.

            Province        Registered     Voted
            Baghdad          4,512,000    1,805,000
            Basra            1,201,500      420,700
            Nineveh          1,890,000      700,300

            The lowest turnout was in Basra.
            """);
        Assert.Contains("| Province | Registered | Voted |\n| --- | --- | --- |\n| Baghdad | 4,512,000 | 1,805,000 |\n| Basra | 1,201,500 | 420,700 |\n", markdown, StringComparison.Ordinal);
        var table = new HtmlParser().ParseDocument(new MarkdownRenderer().Render(markdown).Html).QuerySelector("table");
        Assert.NotNull(table);
        Assert.Equal(4, table.QuerySelectorAll("tr").Length);
    }

    [Fact]
    public void Tab_separated_arabic_columns_become_a_pipe_table_and_a_bar_in_a_cell_stays_text()
    {
        var markdown = Compose("المحافظة\tالمسجلون\tالمصوتون\nبغداد\t4512000\t1805000\nالبصرة | الزبير\t1201500\t420700\n");
        Assert.Contains("| المحافظة | المسجلون | المصوتون |\n| --- | --- | --- |\n| بغداد | 4512000 | 1805000 |\n| البصرة \\| الزبير | 1201500 | 420700 |\n", markdown, StringComparison.Ordinal);
        var cells = new HtmlParser().ParseDocument(new MarkdownRenderer().Render(markdown).Html).QuerySelectorAll("td");
        Assert.Equal("البصرة | الزبير", cells[3].TextContent);
    }

    [Fact]
    public void Justified_prose_with_double_spaces_is_not_a_table() =>
        Assert.DoesNotContain("|", Compose("The survey was  sent to all employees except\nSenior Executive Service and interns, a  total of 3,002.\n"), StringComparison.Ordinal);

    [Fact]
    public void Quoted_lines_after_a_list_item_are_a_quote_not_part_of_the_item()
    {
        var markdown = Compose("""
            The council listed its demands:

            - a new electoral law
            > “We will not accept another delay,” the speaker said.

            The session ended at noon.
            """);
        Assert.Contains("- a new electoral law\n\n> “We will not accept another delay,” the speaker said.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_wholly_in_quotation_marks_after_an_unfinished_item_is_a_quote()
    {
        var markdown = Compose("""
            The demands were these:

            - a new electoral law

            «لن نقبل تأجيلاً آخر للانتخابات»

            The session ended at noon.
            """);
        Assert.Contains("- a new electoral law\n\n> «لن نقبل تأجيلاً آخر للانتخابات»\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_indented_beyond_the_text_around_it_is_a_quote()
    {
        var markdown = Compose("""
            The minister wrote to the assembly:

                The government will present the budget before the end of the
                month and will answer every question the deputies put to it.

            The deputies were not convinced.
            """);
        Assert.Contains("> The government will present the budget before the end of the month and will answer every question the deputies put to it.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_only_starts_with_a_quotation_is_not_a_quote() =>
        Assert.DoesNotContain(">", Compose("Intro text here.\n\n“We welcome the decision,” the minister said, “and we will act.”\n\nMore text.\n"), StringComparison.Ordinal);
}
