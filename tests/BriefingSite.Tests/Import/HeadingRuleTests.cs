using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>
/// Given small texts shaped like real reports (wrapped side-heads, numbered and Arabic ordinal
/// headings, contents lists, flattened tables, page chrome), when headings are detected, then only
/// section titles become headings, at the level their numbering gives.
/// </summary>
public sealed class HeadingRuleTests
{
    private static List<BodyNode> Detect(string text) => HeadingDetector.Detect(BodyNodeReader.Read(TextBlock.Split(text)));

    private static List<(string Text, int Level)> Headings(string text) =>
        [.. Detect(text).OfType<HeadingNode>().Select(h => (h.Text, h.Level))];

    [Fact]
    public void A_title_case_side_head_wrapped_over_short_lines_is_one_heading()
    {
        // Shaped as pdftotext writes GAO-06-1046 (public domain): the side-head column wraps a title.
        var headings = Headings("""
            Carl D. Perkins Career and
            Technical Education

            Effective July 1, 1999, the act required states to report on core indicators.
            """);
        Assert.Equal([("Carl D. Perkins Career and Technical Education", 2)], headings);
    }

    [Fact]
    public void A_short_sentence_case_paragraph_over_two_lines_is_not_a_heading() =>
        Assert.Empty(Headings("""
            We met the deputies
            in their offices

            They spoke at length about the budget.
            """));

    [Theory]
    [InlineData("Several measures that grantors use include")]
    [InlineData("The mechanisms found in the literature are the following")]
    [InlineData("The findings, in brief, are as follows:")]
    [InlineData("وتشمل أهم هذه الآليات ما يلي")]
    [InlineData("Thursday, March 13, 2008")]
    [InlineData("September 2006")]
    [InlineData("۱۹ مارس ۲۰۱۸")]
    [InlineData("1 نيسان 2023")]
    [InlineData("Listen")]
    [InlineData("Share")]
    [InlineData("طباعة")]
    [InlineData("English English")]
    [InlineData("By Jane Roe")]
    [InlineData("بقلم أحمد علي")]
    [InlineData("Statement of Shirley A. Jones, Esq., Employee Advisory Council (EAC) Attorneys Representative")]
    [InlineData("Testimony of the Honorable Jane Roe, Director, Strategic Issues")]
    [InlineData("شهادة السفير أحمد علي، مساعد وزير الخارجية")]
    [InlineData("Official websites use .gov")]
    [InlineData("Table 1: Examples of Accountability Provisions")]
    [InlineData("الجدول 2: نتائج الانتخابات")]
    [InlineData("GAO-06-1046")]
    [InlineData("Figure")]
    [InlineData("Figures")]
    [InlineData("Figure Figure 1: Accountability Provisions in the Grant Life Cycle")]
    [InlineData("الأشكال")]
    [InlineData("الشكل الشكل 3: تطور الإنتاج")]
    [InlineData("2:10 p.m. EST")]
    [InlineData("10:30 صباحًا بتوقيت القدس")]
    [InlineData("Categories: Middle East & North Africa, Iran")]
    [InlineData("التصنيفات: الشرق الأوسط، إيران")]
    [InlineData("The Honorable Todd Platts Chairman, Subcommittee on Government Management")]
    [InlineData("معالي الوزير أحمد علي")]
    [InlineData("Bernice Steinhardt Director, Strategic Issues")]
    [InlineData("Русский Русский, English English, Français Français")]
    [InlineData("العربية العربية، English English")]
    [InlineData("Iran Indonesia - 4.3 Algeria - 11.4 Qatar - 15.2")]
    [InlineData("Percentage 90 22% 50 40 78% 30 20")]
    [InlineData("العراق ٤٫٣ الجزائر ١١٫٤")]
    [InlineData("•")]
    public void Lead_ins_dates_buttons_bylines_links_captions_and_codes_are_not_headings(string line) =>
        Assert.Empty(Headings(line + "\n\nThe report then goes on at length about many things that matter.\n"));

    [Theory]
    [InlineData("Oil Output Fell by 2% in 2006")]
    [InlineData("Role of the Director of National Intelligence")]
    [InlineData("نتائج انتخابات ٢٠١٠ في العراق")]
    public void A_title_with_one_number_or_an_office_stays_a_heading(string line) =>
        Assert.Equal([line], Headings(line + "\n\nThe report then goes on at length about many things that matter.\n").Select(h => h.Item1));

    [Fact]
    public void A_title_whose_last_word_is_capitalised_keeps_it() =>
        Assert.Equal([("Sitting In", 2)], Headings("Sitting In\n\nAfter a month of scrutiny, the council acted.\n"));

    [Fact]
    public void Numbered_headings_take_their_level_from_the_numbering_depth()
    {
        var headings = Headings("""
            1. Introduction

            The study covers three provinces.

            1.1 Scope

            Only national elections are counted.

            1.2 Sources

            Results come from the commission.

            2. Findings

            Turnout fell in each province.
            """);
        Assert.Equal([("1. Introduction", 2), ("1.1 Scope", 3), ("1.2 Sources", 3), ("2. Findings", 2)], headings);
    }

    [Fact]
    public void Roman_and_letter_numbering_rank_in_the_order_they_appear()
    {
        var headings = Headings("""
            I. Background

            The council was formed in 1975.

            A. Membership

            It has twelve members.

            B. Powers

            It can veto laws.

            II. Outlook

            Reform is unlikely.
            """);
        Assert.Equal([("I. Background", 2), ("A. Membership", 3), ("B. Powers", 3), ("II. Outlook", 2)], headings);
    }

    [Fact]
    public void Arabic_ordinal_and_division_headings_have_levels_and_a_bare_division_takes_the_title_below_it()
    {
        var headings = Headings("""
            المبحث الأول

            نشأة الأحزاب السياسية

            نشأت الأحزاب في العهد الملكي بعد صدور قانون الجمعيات.

            أولاً: الأحزاب العلنية

            عملت الأحزاب العلنية في بغداد والبصرة.

            ثانياً: الأحزاب السرية

            عملت الأحزاب السرية بعيداً عن أعين الحكومة.

            المبحث الثاني: الأحزاب بعد 2003

            تعددت الأحزاب بعد 2003 تعدداً كبيراً.
            """);
        Assert.Equal(
            [("المبحث الأول: نشأة الأحزاب السياسية", 2), ("أولاً: الأحزاب العلنية", 3), ("ثانياً: الأحزاب السرية", 3), ("المبحث الثاني: الأحزاب بعد 2003", 2)],
            headings);
    }

    [Fact]
    public void An_arabic_ordinal_line_that_is_a_sentence_is_not_a_heading() =>
        Assert.Empty(Headings("أولاً: يجب على الحكومة أن تعدل قانون الأحزاب.\n\nوهذا ما طالبت به القوى المدنية.\n"));

    [Fact]
    public void A_numbered_line_alone_between_paragraphs_is_a_heading_but_a_list_is_not()
    {
        Assert.Equal([("1. Introduction", 2)], Headings("1. Introduction\n\nThe study covers three provinces.\n"));
        Assert.Empty(Headings("The steps are these:\n\n1. Register\n2. Vote\n\nThen wait.\n"));
    }

    [Fact]
    public void A_wiki_edit_link_is_dropped_from_the_heading()
    {
        Assert.Equal([("History", 2)], Headings("History[edit]\n\nThe town was founded in 1840.\n"));
        Assert.Equal([("تاريخ", 2)], Headings("تاريخ[عدل]\n\nتأسست المدينة عام 1840.\n"));
        Assert.Equal([("تاریخ", 2)], Headings("تاریخ[ویرایش]\n\nشهر در سال ۱۸۴۰ بنا شد.\n"));
    }

    [Fact]
    public void A_contents_list_with_page_numbers_gives_no_headings() =>
        Assert.Empty(Headings("""
            Contents

            Appendix I

            Objectives, Scope, and Methodology

            42

            Appendix II

            GAO Contact and Staff Acknowledgments

            44
            """));

    [Fact]
    public void Short_questions_and_answers_are_headings() =>
        Assert.Equal(3, Headings("Who votes?\n\nEvery adult citizen.\n\nWhen?\n\nIn May.\n\nWhere?\n\nAt schools.\n").Count);

    [Fact]
    public void Rows_of_a_flattened_table_are_not_headings()
    {
        // Shaped as pdftotext writes Table 1 of GAO-06-1046 (public domain): cell, then its definition.
        var text = """
            Background

            Grants vary widely in how they reward and penalise performance. Some pay a bonus for results, others withhold part of the award until targets are met, and many only publish the results, which the literature counts as a reward in itself.

            Table 1: Examples of Accountability Provisions

            Praise

            Public recognition of good performance.

            Bonus

            Onetime cash payment.

            Reproof

            Public reprimand for poor performance.

            Withholding

            Payments held back until targets are met.
            """;
        Assert.Equal([("Background", 2)], Headings(text));
    }

    [Fact]
    public void Sentence_case_lines_in_a_document_that_titles_in_title_case_are_labels()
    {
        var text = """
            Results in Brief

            Mechanisms vary widely across the programs we studied, from bonuses to penalties, and no single design suits every grant. Programs that measured results and paid for them improved most, while those that only reported data changed little over the years we examined.

            Grant Design Features Matter

            Design shapes the balance between accountability and flexibility. A block grant leaves the states free to choose their own goals, while a categorical grant sets them in law, and each choice changes what a grantor can reward or penalise.

            Implementation Issues Present Challenges

            Data are often late, incomplete or defined differently from state to state, so a grantor cannot always tell whether a target was met. Several officials told us that they spent more time checking data than using them.

            Stretch goals

            An action is taken on reaching a second, higher goal. For example, a grantor pays more when a second target is met.

            Strategies Support Successful Design

            Five strategies appear to work.
            """;
        Assert.DoesNotContain(("Stretch goals", 2), Headings(text));
        Assert.Equal(4, Headings(text).Count);
    }

    [Fact]
    public void Two_labels_among_four_title_case_headings_are_labels()
    {
        var text = """
            Results in Brief

            Mechanisms vary widely across the programs we studied, from bonuses to penalties, and no single design suits every grant.

            Grant Design Features Matter

            Design shapes the balance between accountability and flexibility, and each choice changes what a grantor can reward.

            Stretch goals

            An action is taken on reaching a second, higher goal. For example, a grantor pays more when a second target is met.

            Implementation Issues Present Challenges

            Data are often late, incomplete or defined differently from state to state, so a grantor cannot always tell.

            Floating measures

            The target moves with the performance of a peer group. For example, a grantee is paid when it beats the median.

            Strategies Support Successful Design

            Five strategies appear to work.
            """;
        Assert.Equal(["Results in Brief", "Grant Design Features Matter", "Implementation Issues Present Challenges", "Strategies Support Successful Design"], Headings(text).Select(h => h.Text));
    }
}
