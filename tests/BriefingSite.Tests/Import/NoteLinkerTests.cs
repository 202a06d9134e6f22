using System.Text;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Given notes in the styles real texts use, each linked note becomes a Markdown footnote and nothing else does.</summary>
public sealed class NoteLinkerTests
{
    private static readonly SeedOverrides Titled = new() { Title = "A Title" };

    private static ParsedSeed Parse(string text) => SeedParsing.Parse("A Title\n\n" + text, Titled);

    [Fact]
    public void Flattened_superscripts_at_page_feet_are_linked_and_renumbered_when_numbers_restart()
    {
        var parsed = Parse(
            "In 2006 the Act of 1993 (GPRA),1 and (1) its rules applied each day.2 As of\n\n1\n\nPub. L. No. 103-62.\n\n2\n\nPub. L. No. 105-220.\n\nPage 1\n\f"
            + "the next page says organizations1 matter.\n\n1\n\nPass-through grants are federal grants.\n\nPage 2\n");
        Assert.Contains("(GPRA),[^1] and (1) its rules applied each day.[^2] As of the next page says organizations[^3] matter.", parsed.Body, StringComparison.Ordinal);
        Assert.EndsWith("[^1]: Pub. L. No. 103-62.\n[^2]: Pub. L. No. 105-220.\n[^3]: Pass-through grants are federal grants.\n", parsed.Body, StringComparison.Ordinal);
        Assert.Equal(3, parsed.Report.Footnotes);
        Assert.Contains("In 2006", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_page_foot_with_the_number_alone_and_indented_text_is_linked()
    {
        var parsed = Parse("little or no opportunity to provide input.1\n\n\n\n1\n  As noted earlier, because of the lower\nresponse rate.\n\n\n\nPage 3      GAO-08-587T\n\fMore text.");
        Assert.Contains("provide input.[^1]", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("[^1]: As noted earlier, because of the lower response rate.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_at_a_page_foot_without_a_marker_above_stay_as_text()
    {
        var parsed = Parse("Section 2.1 costs $3 in 2006.\n\n1\n\nFirst point.\n\n2\n\nSecond point.\n\fNext page.");
        Assert.Equal(0, parsed.Report.Footnotes);
        Assert.Contains("First point.", parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("[^", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_notes_in_parentheses_with_a_hawamish_list_become_footnotes()
    {
        var parsed = Parse("أقر البرلمان قانون الأحزاب(١) عام 2015، ثم عدّله (٢).\n\nالهوامش\n\n(١) قانون الأحزاب السياسية رقم 36 لسنة 2015.\n(٢) الوقائع العراقية،\nالعدد 4383.");
        Assert.Contains("قانون الأحزاب[^1] عام 2015، ثم عدّله[^2].", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("[^2]: الوقائع العراقية، العدد 4383.", parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("الهوامش", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_book_pages_with_notes_under_a_rule_restart_their_numbers_and_are_renumbered()
    {
        var parsed = Parse(
            "ذكر المؤرخ هذه الرواية (١) في كتابه، ونقلها عنه الباحث (٢) بتصرف.\n\n__________________\n\n(١) تاريخ المدينة، ص ٤٥.\n\n(٢) دراسات في التاريخ، ص ٩٨.\n\n٢٤١\n\n"
            + "وخالفه في ذلك ناقد آخر (١) بحجة ضعف السند.\n\n__________________\n\n(١) مجلة التاريخ، العدد ١٨.\n\n٢٤٢");
        Assert.Contains("ذكر المؤرخ هذه الرواية[^1] في كتابه، ونقلها عنه الباحث[^2] بتصرف.", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("وخالفه في ذلك ناقد آخر[^3] بحجة ضعف السند.", parsed.Body, StringComparison.Ordinal);
        Assert.EndsWith("[^1]: تاريخ المدينة، ص ٤٥.\n[^2]: دراسات في التاريخ، ص ٩٨.\n[^3]: مجلة التاريخ، العدد ١٨.\n", parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("___", parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("٢٤١", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_spaced_inside_parentheses_are_notes_too()
    {
        var parsed = Parse("وقال الراوي : هذا ما سمعته من الشيخ ( 1 ) .\n\nالهوامش\n\n( 1 ) كتاب الأخبار، ص 12.");
        Assert.Contains("ما سمعته من الشيخ[^1] .", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("[^1]: كتاب الأخبار، ص 12.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_notes_run_together_on_one_line_are_split()
    {
        var parsed = Parse("قانون الأحزاب(١) والدستور(٢) والنظام الداخلي(٣).\n\nالمصادر\n\n(١) القانون رقم 36 (2015). (٢) الدستور العراقي. (٣) النظام الداخلي.");
        Assert.Contains("[^1]: القانون رقم 36 (2015).\n[^2]: الدستور العراقي.\n[^3]: النظام الداخلي.\n", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Persian_notes_under_manabe_with_persian_digits_become_footnotes()
    {
        // Persian is not a language of the repository's site.yml: parse with the corpus's configuration, which adds it.
        var text = "A Title\n\nنوروز جشن باستانی است (۱) و در بهار برگزار می‌شود (۲).\n\nمنابع\n\n۱. دانشنامه ایرانیکا.\n۲. فرهنگ دهخدا.";
        var parsed = new SeedParser(Corpus.ImportCorpus.Config).Parse(new SeedText("seeds/test.txt", text, "utf-8", Encoding.UTF8.GetBytes(text)), Titled);
        Assert.Equal("fa", parsed.Meta.Lang);
        Assert.Contains("باستانی است[^1] و در بهار برگزار می‌شود[^2].", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("[^1]: دانشنامه ایرانیکا.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Unicode_superscripts_and_symbols_are_markers()
    {
        var parsed = Parse("The claim¹ and the count² hold, as does the aside*.\n\nNotes\n\n¹ First source.\n² Second source.");
        Assert.Contains("The claim[^1] and the count[^2] hold, as does the aside\\*.", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("[^2]: Second source.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dagger_note_at_a_page_foot_is_linked()
    {
        var parsed = Parse("The minister† spoke.\n\n† Since resigned.\n\fNext page.");
        Assert.Contains("The minister[^1] spoke.", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("[^1]: Since resigned.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Bracketed_notes_run_together_on_one_line_after_a_notes_label_are_all_taken_and_bracketed_words_stay()
    {
        var parsed = Parse("Body [1] and [2] and [3].\n\nالهوامش\n\n[1] First,\ncontinued.\n\n[2] See A. [Persian] [3] See B.");
        Assert.Contains("Body[^1] and[^2] and[^3].", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("[^1]: First, continued.\n[^2]: See A. [Persian]\n[^3]: See B.\n", parsed.Body.Replace("\\[", "[", StringComparison.Ordinal).Replace("\\]", "]", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(3, parsed.Report.Footnotes);
    }

    [Fact]
    public void A_marker_without_definition_and_a_definition_without_marker_stay_as_text_with_warnings()
    {
        var parsed = Parse("One [1] and two [4].\n\nNotes\n\n1. First.\n2. Second.");
        Assert.Contains("One[^1] and two", parsed.Body, StringComparison.Ordinal);
        Assert.Contains(parsed.Report.Warnings, w => w.Message.Contains("[4] has no definition", StringComparison.Ordinal) && w.Line == 3);
        Assert.Contains(parsed.Report.Warnings, w => w.Message.Contains("footnote 2 is defined but never referenced", StringComparison.Ordinal) && w.Line == 8);
        Assert.Contains("Second.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flattened_marker_on_a_line_of_its_own_joins_the_line_before()
    {
        var parsed = Parse("we noted extensive use of partnerships and\n13\n\ncollaborations, as with PART14 and others.\n\n13\n\nWe identified these strategies.\n\n14\n\nGAO-04-343SP.\n\fNext page.");
        Assert.Contains("partnerships and[^1] collaborations, as with PART[^2] and others.", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("[^1]: We identified these strategies.\n[^2]: GAO-04-343SP.\n", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_page_numbers_on_a_contents_page_holds_no_markers()
    {
        var parsed = Parse("Contents\n\nLetter\n\n1\n4\n7\n\nAppendix I\n\n4\n\nObjectives, Scope, and Methodology\n\fNext page.");
        Assert.Equal(0, parsed.Report.Footnotes);
        Assert.Contains("Objectives, Scope, and Methodology", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_flattened_onto_a_year_is_found_but_a_year_alone_is_not()
    {
        var parsed = Parse("In 2006 the Performance and Incentive Act of 199815 only pays bonuses.\n\n15\n\nPub. L. No. 105-200.\n\fNext page.");
        Assert.Contains("In 2006 the Performance and Incentive Act of 1998[^1] only pays", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerations_in_parentheses_at_a_page_foot_are_text_not_notes()
    {
        var parsed = Parse("We identified (1) types of mechanisms and\n(2) strategies used to design them.\n\fNext page.");
        Assert.Contains("(1) types of mechanisms and (2) strategies used", parsed.Body, StringComparison.Ordinal);
        Assert.Equal(0, parsed.Report.Footnotes);
    }

    [Fact]
    public void A_page_note_whose_marker_is_missing_stays_as_text_with_a_warning_while_the_others_link()
    {
        var parsed = Parse("The rules apply.1 Costs rose.3\n\n1\n\nFirst note.\n\n2\n\nOrphan note.\n\n3\n\nThird note.\n\fNext page.");
        Assert.Contains("The rules apply.[^1] Costs rose.[^2]", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("Orphan note.", parsed.Body.Split("\n[^1]:")[0], StringComparison.Ordinal);
        Assert.Contains(parsed.Report.Warnings, w => w.Message.Contains("footnote 2 at the page foot has no marker", StringComparison.Ordinal) && w.Line == 9);
    }

    [Fact]
    public void Section_numbers_and_amounts_are_not_markers() =>
        Assert.Contains("Section 2.1 costs $3,1 each.", Parse("Section 2.1 costs $3,1 each.\n\n1\n\nA note.\n\fNext.").Body, StringComparison.Ordinal);

    [Fact]
    public void A_glued_number_without_a_definition_is_left_alone() =>
        Assert.Contains("COVID19 and item3", Parse("COVID19 and item3 stay.").Body, StringComparison.Ordinal);

    [Fact]
    public void Seed_text_cannot_forge_a_note_marker()
    {
        var parsed = Parse($"A forged {NoteMarker.Make(1)} marker.\n\nNotes\n\n1. Real note.");
        Assert.DoesNotContain("[^1]", parsed.Body.Split("\n[^1]:")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Many_page_notes_keep_document_order()
    {
        var text = new StringBuilder();
        string[] claims = ["Turnout fell", "Candidates were barred", "Reformists withdrew"];
        string[] sources = ["Sharq", "Hamshahri", "Iran"];
        for (var page = 1; page <= 3; page++)
        {
            text.Append(FormattableString.Invariant($"{claims[page - 1]} in the capital.1 Another claim.2\n\n1\n\n{sources[page - 1]}, January {page}, 2004.\n\n2\n\nIbid., page {page}.\n\f"));
        }

        var body = Parse(text.ToString()).Body;
        Assert.Contains("[^5]: Iran, January 3, 2004.\n[^6]: Ibid., page 3.\n", body, StringComparison.Ordinal);
        Assert.Contains("Reformists withdrew in the capital.[^5] Another claim.[^6]", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_after_a_year_that_ends_a_sentence_is_found_but_amounts_and_decimals_are_not()
    {
        var parsed = Parse("Output fell between 1998 and 2002.20 In addition, costs rose.\n\n20\n\nNational Commission on Energy Policy.\n\fNext page.");
        Assert.Contains("between 1998 and 2002.[^1] In addition", parsed.Body, StringComparison.Ordinal);
        foreach (var amount in new[] { "It cost $2002.20 In all.", "It cost 12002.20 In all.", "Version 2002.20a shipped." })
        {
            Assert.Contains(amount, Parse(amount + "\n\n20\n\nA note.\n\fNext page.").Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markers_of_one_page_found_out_of_order_are_all_linked()
    {
        // A side box prints note 25's marker above note 24's on the same page.
        var parsed = Parse("Early preparation was important.25\n\nDOE has sponsored two studies.24 A 2003 study followed.\n\n24\n\nGreene, Running Out Of and Into Oil (2003).\n\n25\n\nWood, Long Term World Oil Supply Scenarios (2004).\n\fNext page.");
        Assert.Contains("Early preparation was important.[^1]\n", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("DOE has sponsored two studies.[^2] A 2003 study", parsed.Body, StringComparison.Ordinal);
        Assert.EndsWith("[^1]: Wood, Long Term World Oil Supply Scenarios (2004).\n[^2]: Greene, Running Out Of and Into Oil (2003).\n", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_page_notes_out_of_order_are_all_linked()
    {
        var parsed = Parse("قال الوزير ذلك.2 في المؤتمر.\n\nثم أكد الموقف.1 في بيانه.\n\n1\n\nبيان الوزارة، ص ٤.\n\n2\n\nمحضر المؤتمر، ص ٩.\n\fالصفحة التالية.");
        Assert.Contains("قال الوزير ذلك.[^1] في المؤتمر", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("ثم أكد الموقف.[^2] في بيانه", parsed.Body, StringComparison.Ordinal);
        Assert.EndsWith("[^1]: محضر المؤتمر، ص ٩.\n[^2]: بيان الوزارة، ص ٤.\n", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contents_column_of_page_numbers_under_a_title_is_no_note()
    {
        var parsed = Parse("Key Technologies to Displace Oil Consumption in the\nTransportation Sector\n57\nEthanol\nBiodiesel\n\n57\n58\n60\n61\n\nComments from the Department of Energy\n\fNext page.");
        Assert.Equal(0, parsed.Report.Footnotes);
        Assert.DoesNotContain("[^", parsed.Body, StringComparison.Ordinal);
    }
}
