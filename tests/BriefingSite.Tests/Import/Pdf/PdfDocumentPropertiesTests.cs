using BriefingSite.Config;
using BriefingSite.Import;
using BriefingSite.Import.Pdf;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>A PDF's document information as the importer uses it: meant titles, institutions as publishers, print dates ignored.</summary>
public sealed class PdfDocumentPropertiesTests
{
    private static readonly DateTimeOffset Created = new(2007, 2, 28, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_leading_report_number_is_taken_off_the_title_and_kept_as_the_report_number()
    {
        var properties = PdfDocumentProperties.From(PdfFiles.Read(PdfFiles.GrantsManagement).Properties);

        Assert.Equal("GRANTS MANAGEMENT: Enhancing Performance Accountability Provisions Could Lead to Better Results", properties.Title);
        Assert.Equal("GAO-06-1046", properties.ReportNumber);
    }

    [Fact]
    public void A_testimony_number_with_a_letter_is_a_report_number_too()
    {
        var properties = PdfDocumentProperties.From(PdfFiles.Read(PdfFiles.Testimony).Properties);

        Assert.Equal("GAO-08-587T", properties.ReportNumber);
        Assert.StartsWith("\"The Government Accountability Office (GAO) Act of 2007\"", properties.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_naming_an_institution_is_the_publisher_without_its_web_address()
    {
        var properties = PdfDocumentProperties.From(PdfFiles.Read(PdfFiles.GrantsManagement).Properties);

        Assert.Equal("U.S. Government Accountability Office", properties.Publisher);
        Assert.Empty(properties.Authors);
        Assert.Equal(new DateOnly(2006, 9, 22), properties.Date);
    }

    [Theory]
    [InlineData("Jane Smith", "Jane Smith")]
    [InlineData("Jane Smith; Omar Khalil", "Jane Smith|Omar Khalil")]
    [InlineData("حيدر سعيد و علي طاهر", "حيدر سعيد و علي طاهر")]
    public void A_person_is_an_author(string author, string expected)
    {
        var properties = PdfDocumentProperties.From(new PdfProperties("A Title", author, Created));

        Assert.Equal(expected.Split('|'), properties.Authors);
        Assert.Null(properties.Publisher);
    }

    [Fact]
    public void An_arabic_ministry_is_a_publisher() =>
        Assert.Equal("وزارة الخارجية الأمريكية", PdfDocumentProperties.From(new PdfProperties("بيان", "وزارة الخارجية الأمريكية", Created)).Publisher);

    [Theory]
    [InlineData("Microsoft Word - peak-oil-final.doc")]
    [InlineData("untitled")]
    [InlineData("Untitled-3")]
    [InlineData("d07283.pdf")]
    [InlineData(@"C:\reports\draft.docx")]
    [InlineData("Document1")]
    [InlineData("2007")]
    public void A_title_a_tool_wrote_is_no_title(string title) =>
        Assert.Null(PdfDocumentProperties.From(new PdfProperties(title, null, Created)).Title);

    [Theory]
    [InlineData("يورو")]
    [InlineData("Iraq: Elections and the Untitled Future")]
    [InlineData("COVID-19 and the Gulf")]
    public void A_real_title_is_kept_whole(string title)
    {
        var properties = PdfDocumentProperties.From(new PdfProperties(title, null, Created));

        Assert.Equal(title, properties.Title);
        Assert.Null(properties.ReportNumber);
    }

    [Fact]
    public void A_browser_print_is_dated_the_day_it_was_printed_so_its_date_is_not_used()
    {
        var document = PdfFiles.Read(PdfFiles.EuroWikipedia);
        var properties = PdfDocumentProperties.From(document.Properties);

        Assert.NotNull(document.Properties.Created);
        Assert.Null(properties.Date);
        Assert.Equal("يورو", properties.Title);
    }

    [Fact]
    public void The_imported_gao_report_has_its_title_publisher_and_number_from_the_properties()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "BriefingSite.Tests", "ImportCorpus", "en_gao-07-283_crude-oil.pdf");
        var seed = SeedReader.Read(path, "seeds/crude-oil.pdf");
        var config = SiteConfigLoader.Load(SitePaths.ForRoot(RepoPaths.Root));

        var parsed = new SeedParser(config).Parse(seed, new SeedOverrides());

        Assert.StartsWith("Crude Oil: Uncertainty about Future Oil Supply", parsed.Meta.Title, StringComparison.Ordinal);
        Assert.Equal("U.S. Government Accountability Office", parsed.Meta.Publisher);
        Assert.Equal("GAO-07-283", parsed.Meta.ReportNumber);
        Assert.Equal("2007-02-28", parsed.Meta.Date);
    }
}
