namespace BriefingSite.Tests.Import.Corpus;

/// <summary>The yardstick itself: how texts are compared, what counts as a heading and a linked note.</summary>
public sealed class ImportCorpusScorerTests
{
    [Fact]
    public void Pdftotext_arabic_compares_equal_to_the_plain_text()
    {
        // pdftotext wraps RTL lines in U+202B…U+202C and may keep lam-alef as a presentation form.
        Assert.Equal(CorpusNormaliser.Normalise("لا تعبر الآراء"), CorpusNormaliser.Normalise("\u202B\uFEFB تعبر الآراء\u202C"));
        Assert.Equal(CorpusNormaliser.Normalise("مستقل"), CorpusNormaliser.Normalise("مستقلٌ"));
    }

    [Fact]
    public void A_word_broken_at_a_line_end_counts_as_one_word() =>
        Assert.Equal(["performance", "management"], CorpusNormaliser.Words("Performance manage-\n  ment"));

    [Fact]
    public void Furniture_is_found_as_whole_words_only()
    {
        var body = CorpusNormaliser.Normalise("See Page 10.\n\nPage 1\n\nPage 1");
        Assert.Equal(2, CorpusNormaliser.Occurrences(body, "Page 1"));
        Assert.Equal(1, CorpusNormaliser.Occurrences(body, "Page 10"));
    }

    [Fact]
    public void Headings_are_atx_lines_outside_code_fences() =>
        Assert.Equal(
            ["Background", "تمهيد"],
            ImportCorpusScorer.Headings("## Background\n\nText #1.\n\n```\n## not a heading\n```\n\n### تمهيد ###\n"));

    [Fact]
    public void A_note_counts_only_when_referenced_and_defined() =>
        Assert.Equal(1, ImportCorpusScorer.LinkedNotes("One.[^1] Two.[^2]\n\n[^1]: Defined.\n[^3]: Never referenced.\n"));

    [Fact]
    public void A_reference_before_a_colon_inside_a_line_is_a_reference()
    {
        const string markdown = "Grant requirements[^1]: Many grants overlap.\n\n[^1]: GAO-03-718T.\n";
        Assert.Equal(1, ImportCorpusScorer.LinkedNotes(markdown));
        Assert.Contains("<sup", new BriefingSite.Rendering.MarkdownRenderer().Render(markdown).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_opening_with_us_or_united_states_is_one_name()
    {
        Assert.True(ImportCorpusScorer.SameOrganisation("U.S. Government Accountability Office", "United States Government Accountability Office"));
        Assert.True(ImportCorpusScorer.SameOrganisation("United States Department of State", "U.S. Department of State"));
        Assert.False(ImportCorpusScorer.SameOrganisation("U.S. Government Accountability Office", "Government Accountability Office"));
        Assert.False(ImportCorpusScorer.SameOrganisation("U.S. Government Accountability Office", "United States Institute of Peace"));
    }

    [Fact]
    public void A_date_read_right_keeps_the_words_that_write_it_once_per_form()
    {
        const string source = "وزارت امور خارجه\n۴ نوامبر ۲۰۲۳\n۱۳ آبان ۱۴۰۲\n\nدر ۴ نوامبر ۲۰۲۳ سفارت را گرفتند.";
        Assert.Equal("۴ نوامبر ۲۰۲۳\n۱۳ آبان ۱۴۰۲", ImportCorpusScorer.DateAsWritten(source, "2023-11-04", "2023-11-04"));
        Assert.Equal("", ImportCorpusScorer.DateAsWritten(source, "2023-11-05", "2023-11-05"));
        Assert.Equal("", ImportCorpusScorer.DateAsWritten(source, "2023-11-04", null));
        Assert.Equal("2026-03-05", ImportCorpusScorer.DateAsWritten("**Published:** 2026-03-05", "2026-03-05", "2026-03-05"));
    }

    [Fact]
    public void A_note_marker_flattened_into_its_word_is_kept_when_the_import_links_it()
    {
        var source = CorpusNormaliser.Words("grants to organizations4 and more").ToList();
        Assert.Equal(5, ImportCorpusScorer.WordsKept(source, "grants to organizations[^4] and more\n\n[^4]: See GAO-03-718T."));
        Assert.Equal(4, ImportCorpusScorer.WordsKept(source, "grants to organizations and more"));
    }

    [Fact]
    public void A_word_broken_by_a_line_end_hyphen_is_kept_when_the_import_keeps_the_hyphen()
    {
        const string source = "achieve their long-\nterm goals";
        var broken = CorpusNormaliser.HyphenBroken(source);
        var words = CorpusNormaliser.Words(source).ToList();
        Assert.Equal(4, ImportCorpusScorer.WordsKept(words, "achieve their long-term goals", broken));
        Assert.Equal(4, ImportCorpusScorer.WordsKept(words, "achieve their longterm goals", broken));
        Assert.Equal(3, ImportCorpusScorer.WordsKept(words, "achieve their term goals", broken));
    }

    [Fact]
    public void Furniture_printed_on_lines_in_a_row_is_left_out_of_the_source_words_every_time() =>
        Assert.Equal(
            ["welcome", "back"],
            ImportCorpusScorer.SourceWords("U.S. Department of State\nU.S. Department of State\nU.S. Department of State\nWelcome back.", new CorpusFacts { Furniture = ["U.S. Department of State"] }));
}
