using System.Text;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Given seeds with page furniture on lines, the importer removes it line by line, reports each line, and keeps the text.</summary>
public sealed class PageFurnitureTests
{
    private static readonly SeedOverrides Titled = new() { Title = "A Title" };

    [Fact]
    public void Running_footers_between_form_feeds_go_and_the_cut_paragraph_is_joined()
    {
        string[] openings = ["Alpha begins and", "beta goes on and", "gamma runs on and", "delta ends here and"];
        var pages = openings.Select((opening, i) => FormattableString.Invariant($"{opening}\n\nPage {i + 1}\n\nGAO-06-1046 Grants Management\n"));
        var parsed = SeedParsing.Parse("A Title\n\n" + string.Join("\f", pages) + "\fthe end.\n", Titled);
        Assert.DoesNotContain("Grants Management", parsed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 2", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("Alpha begins and beta goes on and gamma runs on and delta ends here and the end.", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("running header/footer (line 7): \u2068GAO-06-1046 Grants Management\u2069", parsed.Report.Removed);
        Assert.Contains(parsed.Report.Removed, r => r.EndsWith("(line 5): \u2068Page 1\u2069", StringComparison.Ordinal));
    }

    [Fact]
    public void An_arabic_footer_recurring_at_regular_spacing_without_form_feeds_goes()
    {
        var page = string.Join("\n\n", Enumerable.Range(1, 6).Select(n => $"فقرة رقم {n} من النص الذي يستمر."));
        var text = "العنوان\n\n" + string.Join("\n\nمركز البيان للدراسات والتخطيط | العدد ١٢\n\n", Enumerable.Repeat(page, 4));
        var parsed = SeedParsing.Parse(text, Titled);
        Assert.DoesNotContain("العدد", parsed.Body, StringComparison.Ordinal);
        Assert.Equal(3, parsed.Report.Removed.Count(r => r.StartsWith("running header/footer", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_short_line_repeated_at_irregular_spacing_is_text_not_a_footer()
    {
        var text = "A Title\n\nSummary\n\nOne.\n\nSummary\n\n" + string.Join("\n\n", Enumerable.Repeat("Body.", 20)) + "\n\nSummary\n\nLast.";
        var parsed = SeedParsing.Parse(text, Titled);
        Assert.Equal(3, parsed.Body.Split("Summary").Length - 1);
    }

    [Theory]
    [InlineData("- 2 -")]
    [InlineData("Page 3 of 10")]
    [InlineData("3")]
    [InlineData("٣")]
    [InlineData("صفحة ٤")]
    [InlineData("صفحه ۵ از ۱۰")]
    [InlineData("Page ii")]
    [InlineData("Page 12 GAO-06-1046 Grants Management")]
    [InlineData("Page iii GAO-07-283 Peak Oil Production")]
    [InlineData("\u202B\u202A2/5\u202C\u202C")]
    public void Page_numbers_in_their_usual_forms_go(string line)
    {
        var parsed = SeedParsing.Parse($"A Title\n\nThe first paragraph ends.\n\n{line}\n\nThe second paragraph ends.", Titled);
        Assert.Equal("The first paragraph ends.\n\nThe second paragraph ends.\n", parsed.Body);
        Assert.Contains("(line 5)", Assert.Single(parsed.Report.Removed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Million barrels per day", "10\n8\n6\n4\n2\n0", "10 8 6 4 2 0")]
    [InlineData("Million barrels per day", "100\n\n50\n\n0", "100")]
    [InlineData("مليون برميل يوميا", "١٠\n٥\n٠", "١٠ ٥ ٠")]
    public void A_column_of_bare_numbers_is_a_chart_axis_not_page_numbers(string label, string column, string kept)
    {
        var parsed = SeedParsing.Parse($"A Title\n\nThe first paragraph ends.\n\n{label}\n{column}\n\nThe second paragraph ends.", Titled);
        Assert.Contains(kept, parsed.Body, StringComparison.Ordinal);
        Assert.Empty(parsed.Report.Removed);
        Assert.DoesNotContain(parsed.Report.Warnings, w => w.Message.Contains("stray page number", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_page_number_below_a_chart_column_still_goes_when_text_stands_between() =>
        Assert.DoesNotContain("\n7\n", "\n" + SeedParsing.Parse("A Title\n\nPercent\n30\n20\n10\n\nThe paragraph ends.\n\n7\n\nMore text.", Titled).Body, StringComparison.Ordinal);

    [Fact]
    public void A_year_on_its_own_line_is_not_a_page_number() =>
        Assert.Contains("2006", SeedParsing.Parse("A Title\n\nText.\n\n2006\n\nMore text.", Titled).Body, StringComparison.Ordinal);

    [Theory]
    [InlineData("Background .......... 5", "contents entry")]
    [InlineData("المقدمة ........ ٣", "contents entry")]
    [InlineData("Skip to main content", "skip link")]
    [InlineData("تخطى إلى المحتوى", "skip link")]
    [InlineData("We use cookies to improve your experience.", "cookie banner")]
    [InlineData("Share Facebook Twitter Email", "share row")]
    [InlineData("شارك فيسبوك تويتر واتساب", "share row")]
    [InlineData("اشتراک‌گذاری فیس‌بوک توییتر", "share row")]
    [InlineData("Email Updates", "subscribe banner")]
    [InlineData("An official website of the United States Government Here's how you know", "official site banner")]
    [InlineData("اذهب إلى التنقل اذهب إلى البحث", "wiki chrome")]
    [InlineData("من أرابيكا، الموسوعة الحرة", "wiki chrome")]
    [InlineData("تعديل مصدري - تعديل |", "wiki chrome")]
    [InlineData("From Wikipedia, the free encyclopedia", "wiki chrome")]
    [InlineData("تضامنًا مع حق الشعب الفلسطيني |", "solidarity banner")]
    [InlineData("هل ترى كل هذه اللغات بالأعلى؟ نترجم المحتوى للعالم.", "translation promo")]
    [InlineData("Categories: Middle East & North Africa, Iran", "categories line")]
    [InlineData("This report summary was extracted from the GAO RSS feed", "feed note")]
    [InlineData("*This report summary was extracted from the [GAO RSS feed](https://www.gao.gov/x). For the complete report, visit the [GAO website](https://www.gao.gov/x).*", "feed note")]
    [InlineData("Home Issues & Press Travel & Business Countries Careers About State", "archive chrome")]
    [InlineData("Annual Report on Iraq - PDF | HTML", "archive chrome")]
    [InlineData("11/30/26, 6:49 PM", "browser print header")]
    [InlineData("\u202B\u202A11/30/26, 6:49 PM\u202C\u202C", "browser print header")]
    [InlineData("Русский Русский, English English, Français Français", "language switcher")]
    [InlineData("For Immediate Release", "release line")]
    [InlineData("جهت انتشار فوری", "release line")]
    [InlineData("Expected at 2:00 p.m. EST", "release line")]
    [InlineData("3 در یک دقیقه بخوانید", "reading time")]
    [InlineData("5 min read", "reading time")]
    [InlineData("قراءة في 4 دقائق", "reading time")]
    [InlineData("Official seal of the Department of State - Statement by Spokesperson Matthew Miller", "image alt text")]
    [InlineData("Flag", "image alt text")]
    [InlineData("من ويكي الأخبار", "wiki chrome")]
    public void Furniture_lines_in_english_arabic_and_persian_go(string line, string name)
    {
        var parsed = SeedParsing.Parse($"A Title\n\nThe text stays and\n{line}\nso does this.", Titled);
        Assert.Equal("The text stays and so does this.\n", parsed.Body);
        Assert.StartsWith($"{name} (line 4)", Assert.Single(parsed.Report.Removed), StringComparison.Ordinal);
    }

    [Fact]
    public void Alt_text_glued_to_a_paragraph_is_cut_and_the_paragraph_kept()
    {
        var parsed = SeedParsing.Parse("A Title\n\nCover of the report -- Funding Iraq's Transition in 2006 and 2007What I would like to do now is to go through it.", Titled);
        Assert.Equal("What I would like to do now is to go through it.\n", parsed.Body);
        Assert.StartsWith("image alt text (line 3)", Assert.Single(parsed.Report.Removed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Related articles", "Iran's elections\nA second story")]
    [InlineData("مقالات ذات صلة", "الانتخابات في العراق\nقصة أخرى")]
    [InlineData("U.S. Department of State", "The Lessons of 1989: Freedom and Our Future")]
    [InlineData("Start the conversation", "Authors, please log in »\nEmail Frequency")]
    [InlineData("ابدأ المحادثة", "سجل الدخول\nالبريد الإلكتروني")]
    [InlineData("1/1", "http://example.org/a-page.html")]
    public void A_related_articles_tail_goes_to_the_end(string start, string rest)
    {
        var parsed = SeedParsing.Parse($"A Title\n\nThe text stays.\n\n{start}\n\n{rest}", Titled);
        Assert.Equal("The text stays.\n", parsed.Body);
        Assert.Equal(1 + rest.Split('\n').Length, parsed.Report.Removed.Count);
    }

    [Fact]
    public void A_publishers_back_matter_on_the_last_page_goes_to_the_end()
    {
        var back = "GAO’s Mission\n\nThe Government Accountability Office, the audit, evaluation, and\ninvestigative arm of Congress.\n\nOrder by Mail or Phone\n\nThe first copy of each printed report is free.\n\nPublic Affairs\n";
        var parsed = SeedParsing.Parse($"A Title\n\nThe report ends here.\n\f{back}\f", Titled);
        Assert.Equal("The report ends here.\n", parsed.Body);
        Assert.Contains("publisher back matter (line 4): \u2068GAO’s Mission\u2069", parsed.Report.Removed);
    }

    [Fact]
    public void A_back_matter_heading_before_the_last_page_stays()
    {
        var parsed = SeedParsing.Parse("A Title\n\nGAO’s Mission\n\nIt shapes this study.\n\fThe last page of the body.\n", Titled);
        Assert.Contains("GAO’s Mission", parsed.Body, StringComparison.Ordinal);
        Assert.Contains("The last page of the body.", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_related_articles_line_followed_by_a_long_text_is_not_a_tail()
    {
        var body = string.Join("\n\n", Enumerable.Repeat("A paragraph of the body that goes on.", LineFurnitureRemover.MaxTailLines + 1));
        var parsed = SeedParsing.Parse($"A Title\n\nRelated articles\n\n{body}", Titled);
        Assert.Contains("Related articles", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_after_removed_lines_keep_their_line_numbers()
    {
        var parsed = SeedParsing.Parse("A Title\n\nSkip to content\nPage 1 of 2\n\fReally!! it is.", Titled);
        var warning = Assert.Single(parsed.Report.Warnings);
        Assert.Equal((5, 8), (warning.Line, warning.Column)); // the form feed is the line's first character
    }

    [Fact]
    public void Form_feeds_stay_in_the_decoded_seed_without_adding_lines() =>
        Assert.Equal("one\n\ftwo\nthree", SeedReader.NormaliseLineEnds("one\r\n\ftwo\rthree"));

    [Fact]
    public void The_real_page_footer_shape_of_a_gao_report_goes_and_its_line_is_reported()
    {
        var text = new StringBuilder("A Title\n\n");
        string[] bodies = ["First body.", "Second body.", "Third body."];
        for (var page = 1; page <= 3; page++)
        {
            text.Append(FormattableString.Invariant($"{bodies[page - 1]}\n\n\n\n                       Page {page}                    GAO-08-587T\n\f"));
        }

        var parsed = SeedParsing.Parse(text + "Last page.", Titled);
        Assert.DoesNotContain("GAO-08-587T", parsed.Body, StringComparison.Ordinal);
        Assert.Contains(parsed.Report.Removed, r => r.Contains("(line 7)", StringComparison.Ordinal));
    }
}
