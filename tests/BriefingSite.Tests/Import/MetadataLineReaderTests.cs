using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Datelines, bylines, attributions, signatures and report numbers: metadata written on lines of their own.</summary>
public sealed class MetadataLineReaderTests
{
    private const string Body = "This is the first paragraph of the statement, long enough to be the body of the text and not a line of metadata about it. It goes on for a while so that it counts as a long paragraph in the reader, which stops looking for datelines there.";
    private const string ArabicBody = "كان الرئيس العام الماضي أول رئيس يعلن عن هذا الشهر لتكريم مساهمات المواطنين، وهي مساهمات قديمة بقدم البلاد نفسها. لقد عزز المواطنون إنجازات البلاد في مجالات الدبلوماسية والعلوم والتكنولوجيا والفنون والثقافة، كما كانوا في طليعة المعركة من أجل الحقوق المدنية والعدالة الاجتماعية في كل مكان وزمان.";

    [Fact]
    public void An_arabic_dateline_gives_publisher_author_and_date_and_leaves_the_body()
    {
        var blocks = SeedParsing.Blocks("وزارة الخارجية الأمريكية\nبيان لوزير الخارجية أنتوني ج. بلينكن\n1 نيسان/أبريل 2023\n\n" + ArabicBody);
        var found = MetadataLineReader.Take(blocks, ScriptDetector.Arabic);
        Assert.Equal(("2023-04-01", "وزارة الخارجية الأمريكية"), (found.Date, found.Publisher));
        Assert.Equal(["أنتوني ج. بلينكن"], found.Authors);
        Assert.Equal([ArabicBody], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_persian_dateline_with_persian_digits_gives_the_date_and_the_name_before_the_office()
    {
        var blocks = SeedParsing.Blocks("وزارت امور خارجه ایالات متحده\nدفتر سخنگو\nبیانیه آنتونی جی. بلینکن، وزیر امور خارجه\n۲۰ مارس ۲۰۲۲\n\n" + ArabicBody);
        var found = MetadataLineReader.Take(blocks, ScriptDetector.Arabic);
        Assert.Equal(("2022-03-20", "وزارت امور خارجه ایالات متحده، دفتر سخنگو"), (found.Date, found.Publisher));
        Assert.Equal(["آنتونی جی. بلینکن"], found.Authors);
    }

    [Theory]
    [InlineData("وزارت خارجه ایالات متحده\nدفتر سخنگو\nپنجشنبه، ۱۸ مارس ۲۰۲۱\nجلسه مطبوعاتی وزارتخانه", "2021-03-18", "وزارت خارجه ایالات متحده، دفتر سخنگو", "جلسه مطبوعاتی وزارتخانه")]
    [InlineData("وزارة الخارجية الأمريكية\nمكتب المتحدث الرسمي\n18 آذار/مارس 2021\nإحاطة صحفية", "2021-03-18", "وزارة الخارجية الأمريكية، مكتب المتحدث الرسمي", "إحاطة صحفية")]
    [InlineData("U.S. Department of State\nOffice of the Spokesperson\nMarch 18, 2021\nDepartment Press Briefing", "2021-03-18", "U.S. Department of State, Office of the Spokesperson", "Department Press Briefing")]
    public void A_dateline_with_the_title_on_its_last_line_gives_date_and_publisher_and_keeps_the_title(string dateline, string date, string publisher, string title)
    {
        var blocks = SeedParsing.Blocks(dateline + "\n\n" + ArabicBody);
        var found = MetadataLineReader.Take(blocks, ScriptDetector.Arabic);
        Assert.Equal((date, publisher), (found.Date, found.Publisher));
        Assert.Equal([title, ArabicBody], blocks.Select(b => b.Text));
    }

    [Fact]
    public void An_english_dateline_of_a_press_release()
    {
        var blocks = SeedParsing.Blocks("Statement from the Press Secretary\n\nThe White House\nStatements and Releases\nNovember 4, 2019\n\n" + Body);
        var found = MetadataLineReader.Take(blocks, ScriptDetector.Latin);
        Assert.Equal(("2019-11-04", "The White House"), (found.Date, found.Publisher));
        Assert.Equal(["Statement from the Press Secretary", Body], blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("By Jane Roe, John Doe and Sam Poe", new[] { "Jane Roe", "John Doe", "Sam Poe" })]
    [InlineData("بقلم: أحمد حسن وسارة علي", new[] { "أحمد حسن", "سارة علي" })]
    [InlineData("إعداد خضير عباس الدهلكي", new[] { "خضير عباس الدهلكي" })]
    [InlineData("كتبه محمد جاسم", new[] { "محمد جاسم" })]
    public void A_byline_names_the_authors_and_is_taken_out(string byline, string[] authors)
    {
        var blocks = SeedParsing.Blocks("Title\n\n" + byline + "\n\n" + Body);
        var found = MetadataLineReader.Take(blocks, ScriptDetector.Detect(byline));
        Assert.Equal(authors, found.Authors);
        Assert.DoesNotContain(blocks, b => b.Text == byline);
    }

    [Fact]
    public void An_attribution_line_names_the_spokesperson_after_the_office()
    {
        var blocks = SeedParsing.Blocks("بيان\n\nيُعزى البيان التالي إلى المتحدث باسم وزارة الخارجية نيد برايس:\n\n" + ArabicBody);
        Assert.Equal(["نيد برايس"], MetadataLineReader.Take(blocks, ScriptDetector.Arabic).Authors);
    }

    [Theory]
    [InlineData("The following statement is attributable to Spokesperson Ned Price:", "Ned Price")]
    [InlineData("يُعزى البيان التالي إلى المتحدث باسم وزارة الخارجية نيد برايس:", "نيد برايس")]
    public void An_attribution_names_its_person_in_either_language(string line, string author)
    {
        var body = ScriptDetector.Detect(line) == ScriptDetector.Latin ? Body : ArabicBody;
        Assert.Equal([author], MetadataLineReader.Take(SeedParsing.Blocks("Statement\n\n" + line + "\n\n" + body), ScriptDetector.Detect(line)).Authors);
    }

    [Theory]
    [InlineData("لكن اتفق المجتمعون على ألا تكون التسمية منسوبة لأي عملة متواجدة")]
    [InlineData("The remark was attributed to Ned Price by several papers")]
    public void Prose_using_the_word_attributed_names_no_author(string line)
    {
        var body = ScriptDetector.Detect(line) == ScriptDetector.Latin ? Body : ArabicBody;
        Assert.Empty(MetadataLineReader.Take(SeedParsing.Blocks("Title\n\n" + line + "\n\n" + body), ScriptDetector.Detect(line)).Authors);
    }

    [Fact]
    public void The_signatory_after_a_closing_is_the_author_and_the_letter_date_the_date()
    {
        var text = "GAO\n\nSeptember 2006\n\n" + Body + "\n\nSeptember 29, 2006\nThe Honorable Todd Platts\n\n" + Body
            + "\n\nSincerely yours,\n\nBernice Steinhardt\nDirector, Strategic Issues\n\nPage 41 GAO-06-1046 Grants Management\n\nPage 42 GAO-06-1046 Grants Management";
        var found = MetadataLineReader.Take(SeedParsing.Blocks(text), ScriptDetector.Latin);
        Assert.Equal(["Bernice Steinhardt"], found.Authors);
        Assert.Equal("2006-09-29", found.Date);
        Assert.Equal("GAO-06-1046", found.ReportNumber);
    }

    [Fact]
    public void A_month_and_year_alone_give_the_year_only()
    {
        var found = MetadataLineReader.Take(SeedParsing.Blocks("Report\n\nSept. 2006\n\n" + Body), ScriptDetector.Latin);
        Assert.Equal((null, 2006), (found.Date, found.Year));
    }

    [Fact]
    public void An_updated_line_gives_the_date_even_after_an_earlier_one()
    {
        var blocks = SeedParsing.Blocks("Title\n\nJanuary 5, 2023\n\n" + Body + "\n\nUpdated March 3, 2023");
        Assert.Equal("2023-03-03", MetadataLineReader.Take(blocks, ScriptDetector.Latin).Date);
        Assert.DoesNotContain(blocks, b => b.Text.StartsWith("Updated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_inside_a_sentence_is_history_not_the_publication_date()
    {
        var text = "يورو\n\nحقق اليورو سعر صرف قياسي في 15 يوليو 2008 ليبلغ سعر 1.5990 دولار أمريكي، وهو أعلى سعر له منذ طرحه للتداول في الأسواق المالية العالمية قبل ذلك بسنوات عديدة، وقد تراجع بعدها تدريجياً مع الأزمة المالية العالمية التي ضربت الأسواق وأثرت على العملات كلها في العالم.";
        Assert.Null(MetadataLineReader.Take(SeedParsing.Blocks(text), ScriptDetector.Arabic).Date);
    }

    [Fact]
    public void A_wikiextractor_wrapper_states_the_title_and_its_lines_go()
    {
        var blocks = SeedParsing.Blocks("<doc id=\"1293\" url=\"https://ar.wikipedia.org/wiki?curid=1293\" title=\"يورو\">\nيورو\n\n" + ArabicBody + "\n\n</doc>");
        var found = MetadataLineReader.Take(blocks, ScriptDetector.Arabic);
        Assert.Equal(("يورو", "https://ar.wikipedia.org/"), (found.Title, found.Url));
        Assert.Equal(["يورو", ArabicBody], blocks.Select(b => b.Text));
    }
}
