using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>
/// A chart's labels under its numbered caption or after its shares, and the publisher's initials
/// alone, are not headings.
/// </summary>
public sealed class ChartLabelTests
{
    private const string Prose = "Foreign investment in the oil sector also may be limited because national oil companies control most of the supply, as the studies we reviewed show.";
    private const string ArabicProse = "قد يكون الاستثمار الأجنبي في قطاع النفط محدودا أيضا لأن شركات النفط الوطنية تسيطر على معظم الإمدادات، كما تبين الدراسات التي راجعناها في هذا التقرير.";

    [Theory]
    [InlineData("Figure 8: Worldwide Proven Oil Reserves, by Investment Risk Billions of barrels", "High", "Investment risk unknown Low", "Source: GAO analysis of Oil and Gas Journal data.", "Background", Prose)]
    [InlineData("Figure 6: World Oil Reserves, OPEC and non-OPEC, 2006 Billions of barrels 21.4 216.8", "Kuwait", "Iraq OPEC (Saudi Arabia only)", "Source: GAO analysis of Oil and Gas Journal data.", "Background", Prose)]
    [InlineData("الشكل ٨: الاحتياطيات النفطية المؤكدة حسب مخاطر الاستثمار بمليارات البراميل", "مرتفع", "مخاطر الاستثمار غير معروفة منخفض", "المصدر: تحليل المكتب لبيانات مجلة النفط والغاز.", "خلفية", ArabicProse)]
    public void A_label_under_a_figure_caption_is_a_chart_label_and_the_heading_after_the_source_note_is_found(string caption, string label, string more, string source, string heading, string prose)
    {
        var headings = Headings(new ParagraphNode(prose, 1), new ParagraphNode(caption, 3), new ParagraphNode(label, 5), new ParagraphNode(more, 7),
            new ParagraphNode(source, 9), new ParagraphNode(heading, 11), new ParagraphNode(prose, 13));

        Assert.Equal([heading], headings);
    }

    [Theory]
    [InlineData("22% Exxon Mobil (U.S.) 8% Royal Dutch Shell (U.K./Netherlands) 7% BP (U.K.) 7%", "Lukoil (Russia) 2%", "Saudi Aramco (Saudi Arabia) 32% National Iranian Oil Co. (Iran) 16%")]
    [InlineData("٢٢٪ أرامكو السعودية ٨٪ شركة النفط الوطنية الإيرانية ٧٪ بي بي ٧٪", "لوك أويل (روسيا) ٢٪", "أرامكو السعودية ٣٢٪ شركة النفط الوطنية الإيرانية ١٦٪")]
    public void A_label_after_a_charts_shares_is_a_legend_label(string shares, string label, string more) =>
        Assert.Empty(Headings(new ParagraphNode(Prose, 1), new ParagraphNode(shares, 3), new ParagraphNode(label, 5), new ParagraphNode(more, 7)));

    [Fact]
    public void The_publishers_initials_alone_are_its_logo_not_a_heading()
    {
        var nodes = LetterheadLines.Demote([new HeadingNode("GAO", 1), new ParagraphNode("Testimony Before the Subcommittee.", 3), new HeadingNode("Survey Background", 5)],
            "United States Government Accountability Office");

        Assert.Equal(["Survey Background"], nodes.OfType<HeadingNode>().Select(h => h.Text));
        Assert.IsType<ParagraphNode>(nodes[0]);
    }

    private static List<string> Headings(params BodyNode[] nodes) => [.. HeadingDetector.Detect(nodes).OfType<HeadingNode>().Select(h => h.Text)];

    [Theory]
    [InlineData("Excerpts", "[…]", "Question: I have three questions. The first is about the visit of the president to the region last week?")]
    [InlineData("گزیده‌ها", "[…]", "پرسش: من در واقع سه پرسش دارم. پرسش اول این است که رئیس جمهوری به کجا سفر کرد؟")]
    [InlineData("مقتطفات", "[...]", "سؤال: لدي في الواقع ثلاثة أسئلة. السؤال الأول عن زيارة الرئيس إلى المنطقة الأسبوع الماضي؟")]
    public void A_line_over_an_omission_mark_is_a_label_not_a_heading(string label, string mark, string question) =>
        Assert.Empty(Headings(new ParagraphNode(label, 1), new ParagraphNode(mark, 3), new ParagraphNode(question, 5)));
}
