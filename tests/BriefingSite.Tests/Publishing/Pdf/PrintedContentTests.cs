using BriefingSite.Publishing.Pdf;

namespace BriefingSite.Tests.Publishing.Pdf;

/// <summary>Given a page and its print rules, the printed content leaves out what paper hides, and nothing else.</summary>
public sealed class PrintedContentTests
{
    private static readonly PrintedContent Printed = new(PrintRules.Read("""
        @media print {
          .related, .share { display: none; }
          .related.kept { display: block; }
        }
        """));

    [Fact]
    public void A_change_inside_a_hidden_part_leaves_the_printed_content_as_it_was()
    {
        var before = Printed.Of(Page("<nav class=\"related\"><a href=\"a.html\">Old title</a></nav>"));
        var after = Printed.Of(Page("<nav class=\"related\"><a href=\"a.html\">New title</a></nav>"));

        Assert.Equal(before, after);
        Assert.DoesNotContain("Old title", before, StringComparison.Ordinal);
        Assert.Contains("The text that prints.", before, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_in_the_text_that_prints_changes_the_printed_content()
    {
        Assert.NotEqual(Printed.Of(Page("")), Printed.Of(Page("<p>One more paragraph.</p>")));
    }

    [Theory]
    [InlineData("<nav class=\"related kept\">Shown again by a print rule</nav>")]
    [InlineData("<nav class=\"related\" style=\"display: block\">Shown again by its own style</nav>")]
    public void An_element_that_may_show_after_all_is_kept(string part)
    {
        Assert.Contains("Shown again", Printed.Of(Page(part)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stylesheet_that_hides_nothing_on_paper_leaves_the_page_as_it_is()
    {
        var page = Page("<nav class=\"related\">Listed</nav>");

        Assert.Same(page, new PrintedContent(PrintRules.Read(".related { display: none; }")).Of(page));
    }

    private static string Page(string extra) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><main><p>The text that prints.</p>{extra}</main></body></html>";
}
