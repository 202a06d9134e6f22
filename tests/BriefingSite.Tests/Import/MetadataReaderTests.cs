using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

/// <summary>Citation, translator credit, contact lines and page notes: blocks taken out of the text into front-matter.</summary>
public sealed class MetadataReaderTests
{
    [Fact]
    public void A_citation_after_its_label_is_parsed_into_author_title_publication_issue_and_season()
    {
        var blocks = SeedParsing.Blocks("Body.\n\nHow to cite this article:\n\nJane Roe \"Oil and the State,\" Middle East Report 210 (Spring 1999).\n\nShare This");
        var citation = CitationReader.Take(blocks)!;
        Assert.Equal(("Jane Roe", "Oil and the State", "Middle East Report", "210", "Spring 1999", 1999), (citation.Author, citation.Title, citation.Publication, citation.Issue, citation.Season, citation.Year));
        Assert.Equal(["Body.", "Share This"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void An_arabic_citation_on_the_label_line_is_kept_as_written()
    {
        var blocks = SeedParsing.Blocks("نص.\n\nللاقتباس: الدهلكي، خضير. العمل الحزبي في العراق. بغداد: مركز البيان، 2023.");
        Assert.Equal("الدهلكي، خضير. العمل الحزبي في العراق. بغداد: مركز البيان، 2023.", CitationReader.Take(blocks)!.Text);
        Assert.Single(blocks);
    }

    [Fact]
    public void No_citation_block_means_no_citation() =>
        Assert.Null(CitationReader.Take(SeedParsing.Blocks("A paragraph.\n\nAnother one.")));

    [Theory]
    [InlineData("—Translated from French by Kaveh Ehsani", "Kaveh Ehsani")]
    [InlineData("Translated by Jane Roe.", "Jane Roe")]
    [InlineData("ترجمة: أحمد حسن", "أحمد حسن")]
    public void A_translator_credit_gives_the_translator(string line, string translator)
    {
        var blocks = SeedParsing.Blocks("Body text.\n\n" + line);
        Assert.Equal(translator, TranslatorReader.Take(blocks));
        Assert.Single(blocks);
    }

    [Fact]
    public void Contact_lines_give_an_absolute_url_an_email_and_the_copyright_year()
    {
        var blocks = SeedParsing.Blocks("© 2021 Example Institute\n\nwww.example.org\ninfo@example.org\n\nBody text stays.");
        var contact = ContactLineReader.Take(blocks);
        Assert.Equal(new ContactInfo("https://www.example.org", "info@example.org", "© 2021 Example Institute", 2021), contact);
        Assert.Equal("Body text stays.", Assert.Single(blocks).Text);
    }

    [Theory]
    [InlineData("https://www.gao.gov/cgi-bin/getrpt?GAO-07-283.", "https://www.gao.gov/cgi-bin/getrpt?GAO-07-283")]
    [InlineData("www.bayancenter.org/ar/2023/07/.", "https://www.bayancenter.org/ar/2023/07/")]
    public void The_stop_after_an_address_is_not_part_of_it(string line, string url) =>
        Assert.Equal(url, ContactLineReader.Take(SeedParsing.Blocks(line + "\n\nBody text stays.")).Url);

    [Theory]
    [InlineData("(c)")]
    [InlineData("©")]
    public void A_copyright_mark_alone_is_no_copyright_line(string line)
    {
        var blocks = SeedParsing.Blocks("Body text.\n\n" + line + "\n\nMore body text.");
        Assert.Null(ContactLineReader.Take(blocks).Copyright);
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void A_paragraph_that_mentions_a_web_address_is_not_a_contact_line()
    {
        var blocks = SeedParsing.Blocks("Figures are posted at www.moi.ir by district.");
        Assert.Equal(new ContactInfo(null, null, null, null), ContactLineReader.Take(blocks));
        Assert.Single(blocks);
    }

    [Fact]
    public void A_page_note_is_taken_out_only_when_a_line_carries_its_marker()
    {
        var marked = SeedParsing.Blocks("خضير عباس *\n\nنص قبل الفاصل\n\n* طالب دراسات عليا.\n\nونص بعده.");
        Assert.Equal(["طالب دراسات عليا."], PageNoteTaker.Take(marked));
        Assert.Equal(3, marked.Count);

        var bullets = SeedParsing.Blocks("Points:\n\n* first point");
        Assert.Empty(PageNoteTaker.Take(bullets));
        Assert.Equal(2, bullets.Count);
    }
}
