using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Whole texts shaped differently from the two real seeds.</summary>
public sealed class SeedParserTests
{
    [Fact]
    public void An_english_text_with_headings_everywhere_no_citation_and_no_footnotes()
    {
        var parsed = SeedParsing.Parse("""
            Oil and Parliament in Kuwait

            By Jane Roe

            Background

            Kuwait's parliament has quarrelled with its cabinets over oil policy since 1992, and the quarrel shapes every election.

            The Assembly

            Deputies question ministers in public sessions.

            What Comes Next?

            Nobody knows.
            """);

        Assert.Equal(("Oil and Parliament in Kuwait", "Jane Roe", "en", "oil-and-parliament-in-kuwait"), (parsed.Meta.Title, parsed.Meta.Authors.Single(), parsed.Meta.Lang, parsed.Meta.Slug));
        Assert.Null(parsed.Meta.Citation);
        Assert.Null(parsed.Meta.Year);
        Assert.Equal((3, 3, 0), (parsed.Report.Headings, parsed.Report.Paragraphs, parsed.Report.Footnotes));
        Assert.StartsWith("## Background\n\nKuwait's parliament", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("## What Comes Next?\n\nNobody knows.\n", parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("[^", parsed.Body, StringComparison.Ordinal);
        Assert.Empty(parsed.Report.Warnings);
    }

    [Fact]
    public void An_arabic_text_without_cover_or_citation_with_a_numbered_list_starting_at_three()
    {
        var parsed = SeedParsing.Parse("""
            الانتخابات المحلية في البصرة

            جرت الانتخابات المحلية في البصرة وسط إقبال ضعيف، وتنافست فيها قوائم كثيرة على مقاعد المجلس.

            3. القائمة الثالثة حصلت على أكبر عدد من المقاعد.
            4. القائمة الرابعة حلت ثانية.
            """);

        Assert.Equal(("ar", "الانتخابات المحلية في البصرة"), (parsed.Meta.Lang, parsed.Meta.Title));
        Assert.Matches("^[a-z0-9-]+$", parsed.Meta.Slug);
        Assert.Contains("\n3. القائمة الثالثة حصلت على أكبر عدد من المقاعد.\n4. القائمة الرابعة حلت ثانية.\n", parsed.Body, StringComparison.Ordinal);
        Assert.Equal(0, parsed.Report.Headings);
    }

    [Fact]
    public void Footnote_markers_and_definitions_that_do_not_match_are_warnings_naming_seed_and_number()
    {
        var parsed = SeedParsing.Parse("""
            A Short Note

            Turnout fell sharply in the capital. [1] Candidates were barred. [2] In [Persian] sources it is called a purge.

            [1] Sharq, January 12, 2004.
            [3] Never referenced.
            """, file: "seeds/short.txt");

        var messages = parsed.Report.Warnings.Select(w => (w.File, w.Line, w.Message)).ToList();
        Assert.Contains(("seeds/short.txt", 3, "footnote marker [2] has no definition; it is left as written"), messages);
        Assert.Contains(("seeds/short.txt", 6, "footnote [3] is defined but never referenced in the text; it is left as written"), messages);
        Assert.Contains("the capital.[^1] Candidates were barred. \\[2\\] In \\[Persian\\] sources", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("Never referenced.\n\n[^1]: Sharq, January 12, 2004.\n", parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("[^3]", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_overrides_language_slug_title_and_publisher()
    {
        var parsed = SeedParsing.Parse(
            "Untitled\n\nA text in English that the maintainer files under Arabic for a reason of their own.",
            new SeedOverrides { Lang = "ar", Slug = "chosen-slug", Title = "العنوان", Publisher = "MERIP", PublisherUrl = "merip.org" });
        Assert.Equal(("ar", "chosen-slug", "العنوان", "MERIP", "https://merip.org"), (parsed.Meta.Lang, parsed.Meta.Slug, parsed.Meta.Title, parsed.Meta.Publisher, parsed.Meta.PublisherUrl));
    }

    [Fact]
    public void Boilerplate_from_configuration_is_removed_and_reported()
    {
        var parsed = SeedParsing.Parse("Title Words\n\nThe text itself is here.\n\nYour donation keeps us going.\n\nShare This");
        Assert.Equal(2, parsed.Report.Removed.Count);
        Assert.Contains(parsed.Report.Removed, r => r.StartsWith("donation appeal (line 5)", StringComparison.Ordinal));
        Assert.DoesNotContain("donation", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_looks_like_markdown_is_escaped()
    {
        var parsed = SeedParsing.Parse("Title Words\n\n2004. That year *everything* changed <b>here</b>.");
        Assert.Contains("2004\\. That year \\*everything\\* changed \\<b\\>here\\</b\\>.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_without_a_short_first_line_is_titled_by_its_first_words_with_a_warning_not_an_error()
    {
        var parsed = SeedParsing.Parse(string.Join(' ', Enumerable.Repeat("Long opening paragraph words.", 12)), file: "seeds/x.txt");
        Assert.Equal("Long opening paragraph words", parsed.Meta.Title);
        var warning = Assert.Single(parsed.Report.Warnings);
        Assert.Equal(("seeds/x.txt", 1), (warning.File, warning.Line));
        Assert.Contains("set 'title' for this seed in seeds/seeds.yml", warning.Message, StringComparison.Ordinal);
    }
}
