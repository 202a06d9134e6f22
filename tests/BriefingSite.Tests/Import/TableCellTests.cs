using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>
/// Under a table's caption, a row's label stays a cell even after a long description cell, and a
/// caption pdftotext wrote straight after a paragraph starts a block of its own.
/// </summary>
public sealed class TableCellTests
{
    private static readonly string LongCell = string.Join(' ', Enumerable.Repeat("Increase or decrease in the grantee's flexibility by issuing waivers from requirements.", 6));
    private static readonly string LongArabicCell = string.Join(' ', Enumerable.Repeat("زيادة مرونة الجهة المستفيدة أو تقليلها بإصدار إعفاءات من الشروط والقيود الإدارية.", 7));

    [Fact]
    public void A_label_after_a_long_description_cell_is_still_a_cell()
    {
        var seed = "A Report\n\nThe agencies use many provisions, as the table below shows in some detail for each.\n\n"
            + "Table 1: Examples of Accountability Provisions\n\nIncrease/decrease flexibility\n\n" + LongCell + "\n\nPenalties\n\nReproof\n\n"
            + "Public reprimand for poor performance, for example, through the press.\n\nSource: GAO.\n\n"
            + "Strategies Support Performance\n\nFive key strategies appear to help the selection and design of these mechanisms.\n";

        var headings = Headings(seed);

        Assert.Equal(["Strategies Support Performance"], headings);
    }

    [Fact]
    public void An_arabic_label_after_a_long_description_cell_is_still_a_cell()
    {
        var seed = "تقرير\n\nتستخدم الجهات أحكاما كثيرة كما يبين الجدول الآتي بالتفصيل لكل منها.\n\n"
            + "جدول 1: أمثلة على أحكام المساءلة\n\nزيادة المرونة\n\n" + LongArabicCell + "\n\nالعقوبات\n\nالتوبيخ\n\n"
            + "توبيخ علني على ضعف الأداء، مثلا عبر الصحافة.\n\nالمصدر: المكتب.\n\n"
            + "استراتيجيات تدعم الأداء\n\nتساعد خمس استراتيجيات رئيسية على اختيار هذه الآليات وتصميمها.\n";

        var headings = Headings(seed);

        Assert.Equal(["استراتيجيات تدعم الأداء"], headings);
    }

    [Fact]
    public void A_long_cell_glued_to_its_label_does_not_end_a_table_whose_source_note_is_below()
    {
        var seed = "A Report\n\nThe agencies tailor their measures, as the table below shows in some detail.\n\n"
            + "Table 3: Examples of Ways to Tailor Performance Measures\n\nStretch goals\n\nAn action is taken on reaching a higher goal.\n\n"
            + "Hurdles/triggers " + LongCell + "\n\nIndexes\n\nMeasures weighted into a single index.\n\nSource: GAO, based on literature review.\n\n"
            + "Strategies Support Performance\n\nFive key strategies appear to help the selection and design of these mechanisms.\n";

        Assert.Equal(["Strategies Support Performance"], Headings(seed));
    }

    [Fact]
    public void A_long_arabic_cell_glued_to_its_label_does_not_end_a_table_whose_source_note_is_below()
    {
        var seed = "تقرير\n\nتكيف الجهات مقاييسها كما يبين الجدول الآتي بالتفصيل.\n\n"
            + "جدول 3: أمثلة على تكييف مقاييس الأداء\n\nأهداف عليا\n\nيتخذ إجراء عند بلوغ هدف أعلى.\n\n"
            + "العتبات " + LongArabicCell + "\n\nالمؤشرات\n\nمقاييس مرجحة في مؤشر واحد.\n\nالمصدر: المكتب.\n\n"
            + "استراتيجيات تدعم الأداء\n\nتساعد خمس استراتيجيات رئيسية على اختيار هذه الآليات وتصميمها.\n";

        Assert.Equal(["استراتيجيات تدعم الأداء"], Headings(seed));
    }

    [Fact]
    public void Running_text_after_the_table_still_ends_it()
    {
        var seed = "A Report\n\nThe agencies use many provisions, as the table below shows in some detail for each.\n\n"
            + "Table 1: Examples of Accountability Provisions\n\nPraise\n\nPublic recognition of good performance.\n\n" + LongCell + "\n\n"
            + "Results in Brief\n\nFive key strategies appear to help the selection and design of these mechanisms.\n";

        Assert.Equal(["Results in Brief"], Headings(seed));
    }

    [Theory]
    [InlineData("motto Striving Toward Optimizing our Resources for Kids.\nTable 2: Sources and Types of Authorization\nAccountability Mechanisms", 2)]
    [InlineData("انتهت الفقرة هنا.\nجدول ٢: مصادر التفويض وأنواعه", 2)]
    [InlineData("as figure 3 shows, prices rose.\nFigure 3: Oil Prices, 1970-2005", 2)]
    [InlineData("The rise was steep, as the figure\nTable 2 shows in detail for each year", 1)]
    [InlineData("Prices rose sharply in that year.\nSource: GAO analysis of EIA data.", 2)]
    [InlineData("ارتفعت الأسعار بشدة في ذلك العام.\nالمصدر: تحليل المكتب لبيانات الإدارة.", 2)]
    [InlineData("Prices rose sharply, as the\nSource: line shows", 1)]
    public void A_numbered_caption_or_a_source_note_after_a_sentence_end_starts_its_own_block(string text, int blocks)
    {
        var split = CaptionSplitter.Split(SeedParsing.Blocks(text));

        Assert.Equal(blocks, split.Count);
        Assert.Equal(text.Split('\n').Length, split.Sum(b => b.Lines.Count));
    }

    private static List<string> Headings(string seed)
    {
        var body = SeedParsing.Parse(seed, new SeedOverrides { Title = seed[..seed.IndexOf('\n')] }).Body;
        return [.. body.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..])];
    }
}
