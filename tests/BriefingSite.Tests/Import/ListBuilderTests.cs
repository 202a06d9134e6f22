using BriefingSite.Import;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Import;

public sealed class ListBuilderTests
{
    [Fact]
    public void Bullets_and_numbered_items_keep_their_markers_and_nest_by_indentation()
    {
        var markdown = Render("- مراجعة قانون الأحزاب:\n 1. فك الارتباط.\n 2. منع المال العام.\n- مدونة سلوك.");
        Assert.Equal("- مراجعة قانون الأحزاب:\n  1. فك الارتباط.\n  2. منع المال العام.\n- مدونة سلوك.\n", markdown);
        var html = new MarkdownRenderer().Render(markdown).Html;
        Assert.Contains("<li>مراجعة قانون الأحزاب:\n<ol>\n<li>فك الارتباط.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_list_keeps_its_start_number()
    {
        var html = new MarkdownRenderer().Render(Render("3. Third stage.\n4. Fourth stage.")).Html;
        Assert.Contains("<ol start=\"3\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_list_that_does_not_start_at_one_is_not_swallowed_by_its_parent()
    {
        var html = new MarkdownRenderer().Render(Render("- Parent item\n   2. Second point\n   3. Third point")).Html;
        Assert.Contains("<ol start=\"2\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_of_list_kind_starts_a_new_list_instead_of_running_into_the_item()
    {
        var html = new MarkdownRenderer().Render(Render("- A bullet\n2. A numbered item")).Html;
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<ol start=\"2\">", html, StringComparison.Ordinal);
    }

    private static string Render(string text) =>
        ListBuilder.Render(BodyNodeReader.Read(TextBlock.Split(text)).Cast<ListItemNode>().ToList(), t => t);
}
