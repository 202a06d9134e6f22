using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Titles set over several cover lines, publishers named by departments, offices, wiki taglines, and letterheads that are not headings.</summary>
public sealed class CoverAndPublisherTests
{
    private const string Body = "This is the first paragraph of the report, long enough to be the body of the text and not a line of metadata about it. It goes on for a while so that it counts as a long paragraph in the reader, which stops looking for a title there.";
    private const string ArabicBody = "كان الرئيس العام الماضي أول رئيس يعلن عن هذا الشهر لتكريم مساهمات المواطنين، وهي مساهمات قديمة بقدم البلاد نفسها. لقد عزز المواطنون إنجازات البلاد في مجالات الدبلوماسية والعلوم والتكنولوجيا والفنون والثقافة، كما كانوا في طليعة المعركة من أجل الحقوق المدنية والعدالة الاجتماعية في كل مكان وزمان.";

    [Fact]
    public void A_topic_in_capitals_ending_one_block_and_its_subtitle_in_the_next_make_the_title()
    {
        var text = "United States Government Accountability Office\n\nGAO Report to Congressional Requesters\n\nFebruary 2007\nCRUDE OIL\n\nUncertainty about\nFuture Oil Supply\nMakes It Important\n\n" + Body;
        var parsed = SeedParsing.Parse(text);
        Assert.Equal("Crude Oil: Uncertainty about Future Oil Supply Makes It Important", parsed.Meta.Title);
        Assert.Equal("United States Government Accountability Office", parsed.Meta.Publisher);
    }

    [Fact]
    public void Short_lines_under_a_cover_date_make_the_title()
    {
        var text = "United States Government Accountability Office\n\nTestimony\n\nThursday, March 13, 2008\n\n“The Government\nAccountability Office\n(GAO) Act of 2007”\n\n" + Body;
        var parsed = SeedParsing.Parse(text);
        Assert.Equal("“The Government Accountability Office (GAO) Act of 2007”", parsed.Meta.Title);
        Assert.Equal("2008-03-13", parsed.Meta.Date);
    }

    [Theory]
    [InlineData("Washington, DC\nJune 2, 2021")]
    [InlineData("Expected at noon\nJune 2, 2021")]
    [InlineData("تصريحات\n2 حزيران/يونيو 2021")]
    public void A_dateline_line_that_names_no_institution_is_not_the_publisher(string dateline)
    {
        var found = MetadataLineReader.Take(SeedParsing.Blocks(dateline + "\n\n" + Body), ScriptDetector.Latin);
        Assert.Null(found.Publisher);
    }

    [Theory]
    [InlineData("U.S. Department of State\nOffice of the Spokesperson\nPress Statement\nJune 2, 2021", "U.S. Department of State, Office of the Spokesperson")]
    [InlineData("وزارة الخارجية الأمريكية\nمكتب المتحدث الرسمي\n2 حزيران/يونيو 2021", "وزارة الخارجية الأمريكية، مكتب المتحدث الرسمي")]
    [InlineData("وزارت امور خارجه ایالات متحده\nدفتر سخنگو\n۱۱ مه ۲۰۲۳", "وزارت امور خارجه ایالات متحده، دفتر سخنگو")]
    [InlineData("وزارة الخارجية الأمريكية\n\nمكتب المتحدث الرسمي\n2 حزيران/يونيو 2021", "وزارة الخارجية الأمريكية، مكتب المتحدث الرسمي")]
    public void A_department_and_its_office_make_the_publisher(string dateline, string publisher)
    {
        var blocks = SeedParsing.Blocks(dateline + "\n\n" + ArabicBody);
        Assert.Equal(publisher, MetadataLineReader.Take(blocks, ScriptDetector.Arabic).Publisher);
        Assert.Equal([ArabicBody], blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("نص فائق\n\nمن أرابيكا، الموسوعة الحرة\n", "نص فائق", "أرابيكا، الموسوعة الحرة")]
    [InlineData("كل عام والأصوات العالمية مستمرة!\n\nمن ويكي الأخبار\n", "كل عام والأصوات العالمية مستمرة!", "ويكي الأخبار")]
    [InlineData("Hypertext\n\nFrom Wikipedia, the free encyclopedia\n", "Hypertext", "Wikipedia, the free encyclopedia")]
    public void A_wiki_tagline_names_the_site_and_the_line_above_is_the_title(string top, string title, string publisher)
    {
        var parsed = SeedParsing.Parse(top + "\n" + (ScriptDetector.Detect(title) == ScriptDetector.Latin ? Body : ArabicBody));
        Assert.Equal((title, publisher), (parsed.Meta.Title, parsed.Meta.Publisher));
    }

    [Fact]
    public void A_wiki_title_over_its_infobox_table_is_the_title()
    {
        var parsed = SeedParsing.Parse("الأصوات العالمية\nالأصوات العالمية | |\n---|---|\n\n" + ArabicBody);
        Assert.Equal("الأصوات العالمية", parsed.Meta.Title);
    }

    [Theory]
    [InlineData("United States Government Accountability Office", "United States Government Accountability Office")]
    [InlineData("U.S. Department of State U.S. Department of State", "U.S. Department of State")]
    [InlineData("وزارة الخارجية الأمريكية", "وزارة الخارجية الأمريكية، مكتب المتحدث الرسمي")]
    public void A_heading_that_only_names_the_publisher_is_a_letterhead_paragraph(string line, string publisher)
    {
        List<BodyNode> nodes = [new HeadingNode(line, 3), new HeadingNode("Background", 5), new ParagraphNode("Text.", 6)];
        var demoted = LetterheadLines.Demote(nodes, publisher);
        Assert.Equal([typeof(ParagraphNode), typeof(HeadingNode), typeof(ParagraphNode)], demoted.Select(n => n.GetType()));
    }

    [Fact]
    public void A_logo_line_repeated_over_blocks_names_the_publisher_and_leaves_the_body()
    {
        var blocks = SeedParsing.Blocks("U.S. Department of State\nU.S. Department of State\n\nU.S. Department of State\nU.S. Department of State\n\nAssistance to Iraq\n\n" + Body);
        Assert.Equal("U.S. Department of State", SiteNameReader.TakeLogo(blocks));
        Assert.Equal(["Assistance to Iraq", Body], blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Ministry of Foreign Affairs\nMinistry of Foreign Affairs of Iraq")]
    [InlineData("Background\nBackground")]
    public void Lines_that_differ_or_name_no_institution_are_no_logo(string top) =>
        Assert.Null(SiteNameReader.TakeLogo(SeedParsing.Blocks(top + "\n\n" + Body)));

    [Theory]
    [InlineData(new[] { "Official seal of the Department of State - Statement by Spokesperson Matthew Miller", "U.S. Department of State" }, "U.S. Department of State")]
    [InlineData(new[] { "Share This", "وزارة الخارجية الأمريكية" }, "وزارة الخارجية الأمريكية")]
    [InlineData(new[] { "Page 3", "Pin It on Pinterest" }, null)]
    public void An_institution_alone_on_a_removed_footer_line_is_a_publisher(string[] furniture, string? publisher) =>
        Assert.Equal(publisher, SiteNameReader.InstitutionRemoved(furniture));

    [Theory]
    [InlineData("سمح باستبدال المارك الألماني حتى عام .2005", "سمح باستبدال المارك الألماني حتى عام 2005.")]
    [InlineData("گزارش سال .1402\nمتن", "گزارش سال 1402.\nمتن")]
    [InlineData("Costs fell by .5", "Costs fell by .5")]
    [InlineData("النسبة .5 في المئة", "النسبة .5 في المئة")]
    public void A_stop_pdftotext_put_before_a_closing_number_goes_after_it(string line, string fixedLine) =>
        Assert.Equal(fixedLine, RtlStopFixer.Fix(line));

    [Fact]
    public void An_arabic_sentence_ending_in_a_year_is_not_a_heading()
    {
        var parsed = SeedParsing.Parse("العنوان\n\n" + ArabicBody + "\n\nسمح باستبدال المارك الألماني حتى عام \u202A.2005\u202C\n\n" + ArabicBody);
        Assert.DoesNotContain("#", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("حتى عام 2005.", parsed.Body, StringComparison.Ordinal);
    }
}
