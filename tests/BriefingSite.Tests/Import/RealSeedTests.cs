using System.Text.RegularExpressions;
using BriefingSite.Import;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Import;

/// <summary>Given the two real seeds, the importer's front-matter and Markdown are what a maintainer would accept.</summary>
public sealed partial class RealSeedTests
{
    private static readonly ParsedSeed English = SeedParsing.ParseRealSeed("002");
    private static readonly ParsedSeed Arabic = SeedParsing.ParseRealSeed("000");

    [Fact]
    public void English_metadata_comes_from_the_citation_and_the_translator_credit()
    {
        var meta = English.Meta;
        Assert.Equal("The New Landscape of Iranian Politics", meta.Title);
        Assert.Equal("en", meta.Lang);
        Assert.Equal("the-new-landscape-of-iranian-politics", meta.Slug);
        Assert.Equal(["Morad Saghafi"], meta.Authors);
        Assert.Equal("Middle East Report", meta.Publication);
        Assert.Equal("233", meta.Issue);
        Assert.Equal("Winter 2004", meta.Season);
        Assert.Equal(2004, meta.Year);
        Assert.Equal("Kaveh Ehsani", meta.Translator);
        Assert.Equal("Morad Saghafi \"The New Landscape of Iranian Politics,\" Middle East Report 233 (Winter 2004).", meta.Citation);
        Assert.Equal("002_e438fd15e6a7b8e5.txt", meta.Source!.File);
        Assert.Matches("^[0-9a-f]{64}$", meta.Source.Sha256);
    }

    [Fact]
    public void English_body_has_eight_headings_and_seventeen_footnotes_each_referenced_and_defined()
    {
        var body = English.Body;
        Assert.Equal(
            ["Sitting In", "Lukewarm Reaction", "An Impatient Europe", "Who Voted?", "Rumors of Something", "With or Without the State", "Brazen Reaction", "Futures and the Past"],
            Headings(body));
        var definitions = Definition().Matches(body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var references = Reference().Matches(body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(1, 17), definitions);
        Assert.Equal(Enumerable.Range(1, 17), references);
        Assert.Contains("[^13]: See Goft-o-Gu 40 (Spring 2004) on Kurdistan and Goft-o-Gu 33 (Summer 2002) on Azerbaijan. \\[Persian\\]\n", body, StringComparison.Ordinal);
        Assert.Equal(17, English.Report.Footnotes);
        Assert.Equal(38, English.Report.Paragraphs);
        Assert.Empty(English.Report.Warnings);
    }

    [Fact]
    public void English_body_has_no_share_buttons_donation_appeal_citation_or_credit_line()
    {
        foreach (var furniture in new[] { "Pin It on Pinterest", "Share This", "Your donation", "MERIP", "How to cite", "Translated from French" })
        {
            Assert.DoesNotContain(furniture, English.Body, StringComparison.Ordinal);
        }

        Assert.Equal(3, English.Report.Removed.Count);
        Assert.StartsWith("After seven turbulent years", English.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_metadata_keeps_every_cover_fact_in_front_matter()
    {
        var meta = Arabic.Meta;
        Assert.Equal("العمل الحزبي في العراق إلى أين؟", meta.Title);
        Assert.Equal("ar", meta.Lang);
        Assert.Equal("party-politics-in-iraq-where-to", meta.Slug);
        Assert.Equal(["خضير عباس الدهلكي"], meta.Authors);
        Assert.Equal("طالب دراسات عليا / برنامج دكتوراه السياسات العامة -جامعة الهراء.", meta.AuthorNote);
        Assert.Equal("مركز البيان للدراسات والتخطيط", meta.Publisher);
        Assert.Equal("Al-Bayan Center for Planning and Studies", meta.PublisherAlt);
        Assert.Equal("https://www.bayancenter.org", meta.PublisherUrl);
        Assert.Equal("info@bayancenter.org", meta.PublisherEmail);
        Assert.Equal("سلسلة إصدارات مركز البيان للدراسات والتخطيط", meta.Publication);
        Assert.Equal("حقوق النشر محفوظة © 2023", meta.Copyright);
        Assert.Equal(2023, meta.Year);
        Assert.StartsWith("مركز البيان للدراسات والتخطيط مركز مستقلٌ", meta.AboutPublisher, StringComparison.Ordinal);
        Assert.StartsWith("لا تعبر الآراء الواردة في المقال", meta.Disclaimer, StringComparison.Ordinal);
        Assert.Null(meta.Citation);
    }

    [Fact]
    public void Arabic_cover_furniture_stays_out_of_the_body()
    {
        var body = Arabic.Body;
        foreach (var furniture in new[] { "Since 2014", "سلسلة إصدارات", "عن المركز", "ملحوظة", "www.bayancenter.org", "حقوق النشر", "خضير عباس الدهلكي", "طالب دراسات عليا", "العمل الحزبي في العراق إلى أين؟" })
        {
            Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        }

        Assert.StartsWith("## تمهيد\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_body_has_three_headings_and_keeps_the_four_numbered_stages()
    {
        Assert.Equal(["تمهيد", "مراحل الحياة الحزبية", "الخاتمة والتوصية"], Headings(Arabic.Body));
        Assert.Equal(12, Arabic.Report.Paragraphs);
        var html = new MarkdownRenderer().Render(Arabic.Body).Html;
        foreach (var (number, opening) in new[] { (1, "المرحلة الأولى"), (2, "المرحلة الثانية"), (3, "دخلت الحياة الحزبية"), (4, "بدأت المرحلة الرابعة") })
        {
            Assert.Contains(FormattableString.Invariant($"\n{number}. {opening}"), Arabic.Body, StringComparison.Ordinal);
            var start = number == 1 ? "<ol>" : FormattableString.Invariant($"<ol start=\"{number}\">");
            Assert.Contains(start + "\n<li>" + opening, html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("حزب", "الامة")]
    [InlineData("السياسية", "إلى جانبها")]
    [InlineData("الحزب", "الشيوعي العراقي والحزب الشوري")]
    [InlineData("والمؤسسات", "العسكرية")]
    [InlineData("حتى وصل الأمر", "بعض هذه الأحزاب")]
    [InlineData("المتعلقة", "بالشئون")]
    public void Arabic_paragraphs_cut_by_a_page_break_are_joined(string end, string continuation)
    {
        Assert.Contains(end + " " + continuation, Arabic.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n" + continuation, Arabic.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_indented_numbered_lines_nest_under_their_bullet_and_the_list_goes_on_after_the_break()
    {
        var html = new MarkdownRenderer().Render(Arabic.Body).Html;
        Assert.Matches("<li>إعادة النظر بقانون الأحزاب[^<]*\n<ol>\n<li>فك ارتباط", html);
        Assert.Matches("لضمان الشفافية.</li>\n</ol>\n</li>\n<li>تشريع قانون", html);
    }

    [Fact]
    public void Arabic_text_quality_warnings_name_the_cjk_character_with_line_and_column()
    {
        var cjk = Assert.Single(Arabic.Report.Warnings, w => w.Message.Contains('涕', StringComparison.Ordinal));
        Assert.Equal((39, 249), (cjk.Line, cjk.Column));
        Assert.Contains("و涕ة", Arabic.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_seeds_share_topics_so_they_cross_link()
    {
        Assert.Equal(["iraq", "political-parties", "elections", "democratization"], Arabic.Meta.Topics);
        Assert.Equal(["iran", "political-parties", "elections", "democratization"], English.Meta.Topics);
    }

    private static List<string> Headings(string body) =>
        [.. body.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..])];

    [GeneratedRegex(@"^\[\^(\d+)\]: ", RegexOptions.Multiline)]
    private static partial Regex Definition();

    [GeneratedRegex(@"\[\^(\d+)\](?!:)")]
    private static partial Regex Reference();
}
