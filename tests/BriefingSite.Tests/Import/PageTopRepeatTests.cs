using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>
/// Given a paged report whose section title is repeated at the top of its pages (a running
/// section header, and on the first page the header printed above the heading itself), the
/// heading is kept once and the repeats are reported furniture.
/// </summary>
public sealed class PageTopRepeatTests
{
    private static readonly SeedOverrides Titled = new() { Title = "A Title" };

    /// <summary>
    /// A report of ten pages of body, then the given pages: a section's header is on few of its
    /// pages, unlike a running header of the whole report (<see cref="RunningLineFinder"/>).
    /// </summary>
    private static string Paged(params string[] pages) =>
        "A Title\n\n" + string.Concat(Fillers.Select(word => $"The report speaks of {word} here.\n\n\f")) + string.Join("\f", pages);

    private static readonly string[] Fillers = ["oil", "gas", "coal", "wind", "water", "sun", "wood", "grain", "steel", "salt"];

    /// <summary>The 1-based line of the given page's first line, as <see cref="Paged"/> lays the text out.</summary>
    private const int FirstPageLine = 23;

    [Fact]
    public void A_section_header_repeated_atop_later_pages_goes_and_the_heading_stays_once()
    {
        var parsed = SeedParsing.Parse(Paged(
            "Appendix I: Scope and Methods\n\nWe read the studies and we\n",
            "Appendix I: Scope and Methods\n\nspoke with the experts.\n",
            "Appendix I: Scope and Methods\n\nThe experts agreed.\n"), Titled);

        Assert.Equal(1, parsed.Body.Split("Scope and Methods").Length - 1);
        Assert.Contains("## Appendix I: Scope and Methods\n\nWe read the studies and we spoke with the experts.", parsed.Body, StringComparison.Ordinal);
        Assert.Equal([$"running section header (line {FirstPageLine + 3}): \u2068Appendix I: Scope and Methods\u2069", $"running section header (line {FirstPageLine + 6}): \u2068Appendix I: Scope and Methods\u2069"],
            parsed.Report.Removed.Where(r => r.StartsWith(PageTopRepeats.RunningHeader, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_section_header_read_after_a_pages_margin_notes_goes_too()
    {
        // Pages whose body is a picture of a letter: the margin notes come first, the header last.
        var parsed = SeedParsing.Parse(Paged(
            "Appendix V: Comments from the Department\nof Energy\n\nAppendix V: Comments from the Department\nof Energy\n\nThe department sent the letter below.\n",
            "See comment 1.\n\nSee comment 2.\n\nAppendix V: Comments from the Department\nof Energy\n",
            "Appendix V: Comments from the Department\nof Energy\n\nThe following are our comments on the letter.\n"), Titled);

        Assert.Equal(1, parsed.Body.Split("Comments from the Department").Length - 1);
        Assert.Contains("See comment 2.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_section_header_read_after_a_pages_margin_notes_goes_too()
    {
        var parsed = SeedParsing.Parse(Paged(
            "الملحق الخامس: تعليقات وزارة الطاقة\n\nالملحق الخامس: تعليقات وزارة الطاقة\n\nأرسلت الوزارة الرسالة أدناه.\n",
            "انظر التعليق 1.\n\nالملحق الخامس: تعليقات وزارة الطاقة\n",
            "الملحق الخامس: تعليقات وزارة الطاقة\n\nفيما يلي تعليقاتنا على الرسالة.\n"), Titled);

        Assert.Equal(1, parsed.Body.Split("تعليقات وزارة الطاقة").Length - 1);
        Assert.Contains("انظر التعليق 1.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arabic_section_header_repeated_atop_later_pages_goes()
    {
        var parsed = SeedParsing.Parse(Paged(
            "الملحق الأول: منهجية الدراسة\n\nقرأنا الدراسات وتحدثنا\n",
            "الملحق الأول: منهجية الدراسة\n\nمع الخبراء في المجال.\n"), Titled);

        Assert.Equal(1, parsed.Body.Split("منهجية الدراسة").Length - 1);
        Assert.Contains("## الملحق الأول: منهجية الدراسة", parsed.Body, StringComparison.Ordinal);
        Assert.Contains($"running section header (line {FirstPageLine + 3}): \u2068الملحق الأول: منهجية الدراسة\u2069", parsed.Report.Removed);
    }

    [Fact]
    public void A_header_printed_above_the_same_heading_leaves_one_heading_even_after_a_list_of_short_lines()
    {
        // The page before ends with a list of names, short lines that alone would read as a table.
        var parsed = SeedParsing.Parse(Paged(
            "Panel members:\n\nPaul Leiby, Oak Ridge National Laboratory\n\nEdward Porter, American Petroleum Institute\n\nJames Smith, Southern Methodist University\n\n",
            "Appendix II: Key Peak Oil Studies\n\nAppendix II: Key Peak Oil Studies\n\nThis appendix lists the studies.\n"), Titled);

        Assert.Equal(1, parsed.Body.Split("Key Peak Oil Studies").Length - 1);
        Assert.Contains("## Appendix II: Key Peak Oil Studies\n\nThis appendix lists the studies.", parsed.Body, StringComparison.Ordinal);
        Assert.Contains($"heading repeated by its header (line {FirstPageLine + 10}): \u2068Appendix II: Key Peak Oil Studies\u2069", parsed.Report.Removed);
    }

    [Fact]
    public void A_header_above_its_heading_wrapped_differently_goes_on_the_first_page()
    {
        var parsed = SeedParsing.Parse(Paged(
            "Appendix IV: Key Technologies to Displace Oil\nConsumption in the Transportation Sector\n\nAppendix IV: Key Technologies to Displace\nOil Consumption in the Transportation Sector\nThis appendix profiles the technologies that\n",
            "Appendix IV: Key Technologies to Displace Oil\nConsumption in the Transportation Sector\n\ncould displace oil.\n"), Titled);

        Assert.Equal(1, parsed.Body.Split("Key Technologies").Length - 1);
        Assert.Contains("## Appendix IV: Key Technologies to Displace Oil Consumption in the Transportation Sector\n\nThis appendix profiles the technologies that could displace oil.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Side_by_side_header_and_heading_of_layout_text_leave_one_heading()
    {
        // pdftotext -layout interleaves the header (indented) and the heading (at the margin) line by line.
        var parsed = SeedParsing.Parse(Paged(
            "                   Appendix V: Comments from the Department\nAppendix V: Comments from the Department\n                   of Energy\n\n\nof Energy\n\n                   The department wrote to us.\n",
            "                   Appendix V: Comments from the Department\n                   of Energy\n\n                   See comment 1.\n"), Titled);

        Assert.Equal(1, parsed.Body.Split("Comments from").Length - 1);
        Assert.Contains("## Appendix V: Comments from the Department of Energy\n\nThe department wrote to us.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_at_the_top_of_pages_that_are_not_consecutive_stays_each_time()
    {
        var parsed = SeedParsing.Parse(Paged(
            "Findings\n\nThe first letter arrived in May.\n\n",
            "Other matters were raised in June.\n\n",
            "Findings\n\nThe second letter arrived in July.\n"), Titled);

        Assert.Equal(2, parsed.Body.Split("## Findings").Length - 1);
        Assert.DoesNotContain(parsed.Report.Removed, r => r.StartsWith(PageTopRepeats.RunningHeader, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_page_breaks_nothing_is_taken_for_a_page_header()
    {
        var parsed = SeedParsing.Parse("A Title\n\nResults\n\nResults\n\nThe results were good.\n", Titled);
        Assert.Equal(2, parsed.Body.Split("Results").Length - 1);
    }
}
