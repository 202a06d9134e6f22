using BriefingSite.Import;

namespace BriefingSite.Tests.Import;

public sealed class CoverBlockReaderTests
{
    private const string ArabicCover = """
        مركز الرافدين للدراسات
        Al-Rafidain Center for Studies

        الانتخابات المحلية في البصرة

        سارة محمد علي

        سلسلة أوراق السياسات

        عن المركز

        مركز بحثي مستقل مقره بغداد.

        تنويه: الآراء الواردة تعبر عن رأي كاتبها.

        الانتخابات المحلية في البصرة

        سارة محمد علي

        تمهيد

        جرت الانتخابات في موعدها.
        """;

    [Fact]
    public void An_arabic_cover_gives_title_author_publisher_in_both_scripts_series_about_and_disclaimer()
    {
        var blocks = SeedParsing.Blocks(ArabicCover);
        var cover = CoverBlockReader.Take(blocks, knownTitle: null, ScriptDetector.Arabic);

        Assert.Equal("الانتخابات المحلية في البصرة", cover.Title);
        Assert.Equal(["سارة محمد علي"], cover.Authors);
        Assert.Equal(("مركز الرافدين للدراسات", "Al-Rafidain Center for Studies"), (cover.Publisher, cover.PublisherAlt));
        Assert.Equal("سلسلة أوراق السياسات", cover.Series);
        Assert.Equal("مركز بحثي مستقل مقره بغداد.", cover.AboutPublisher);
        Assert.Equal("الآراء الواردة تعبر عن رأي كاتبها.", cover.Disclaimer);
        Assert.Empty(cover.Unrecognised);
        Assert.Equal(["تمهيد", "جرت الانتخابات في موعدها."], blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("- Global Voices - https://globalvoices.org -", "News about Iranian blogs", "Global Voices")]
    [InlineData("- الأصوات العالمية - https://ar.globalvoices.org -", "وجوه من الأصوات العالمية", "الأصوات العالمية")]
    public void A_printed_page_header_names_the_publisher_without_its_address(string header, string title, string publisher) =>
        Assert.Equal(publisher, CoverBlockReader.Take(SeedParsing.Blocks($"{header}\n\n{title}\n\nText starts here."), title, ScriptDetector.Latin).Publisher);

    [Fact]
    public void For_an_english_page_the_latin_name_is_the_publisher_and_the_arabic_one_the_alternative()
    {
        var cover = CoverBlockReader.Take(SeedParsing.Blocks("مركز البيان\nAl-Bayan Center\n\nParty Politics\n\nBy Jane Roe and John Doe\n\nText starts here."), null, ScriptDetector.Latin);
        Assert.Equal(("Al-Bayan Center", "مركز البيان"), (cover.Publisher, cover.PublisherAlt));
        Assert.Equal(["Jane Roe", "John Doe"], cover.Authors);
    }

    [Fact]
    public void A_text_with_no_cover_takes_its_first_short_line_as_title_and_the_marked_line_as_author()
    {
        var blocks = SeedParsing.Blocks("Notes on the Majles\n\nAli Rezaei *\n\nThe parliament met on Sunday and voted on the budget.");
        var cover = CoverBlockReader.Take(blocks, null, ScriptDetector.Latin);
        Assert.Equal(("Notes on the Majles", "Ali Rezaei", true), (cover.Title, cover.Authors.Single(), cover.AuthorMarked));
        Assert.Single(blocks);
    }

    [Fact]
    public void A_short_line_after_the_title_is_a_heading_not_an_author_unless_something_says_so()
    {
        var blocks = SeedParsing.Blocks("Oil and Parliament\n\nSitting In\n\nThe deputies occupied the building for weeks.");
        Assert.Empty(CoverBlockReader.Take(blocks, null, ScriptDetector.Latin).Authors);
        Assert.Equal(2, blocks.Count);

        var known = SeedParsing.Blocks("Oil and Parliament\n\nJane Roe\n\nThe deputies occupied the building for weeks.");
        Assert.Equal(["Jane Roe"], CoverBlockReader.Take(known, null, ScriptDetector.Latin, ["Jane Roe"]).Authors);
        Assert.Single(known);
    }

    [Fact]
    public void A_title_that_does_not_appear_in_the_text_leaves_the_text_alone()
    {
        var blocks = SeedParsing.Blocks("After seven turbulent years, conservatives recaptured the parliament.\n\nSitting In");
        var cover = CoverBlockReader.Take(blocks, "The New Landscape", ScriptDetector.Latin);
        Assert.Equal("The New Landscape", cover.Title);
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void Cover_text_no_rule_knows_is_kept_at_the_start_of_the_body_and_listed()
    {
        var blocks = SeedParsing.Blocks("Title Here\n\nWinner of the 2019 prize\n\nTitle Here\n\nThe body starts.");
        var cover = CoverBlockReader.Take(blocks, null, ScriptDetector.Latin);
        Assert.Equal("Winner of the 2019 prize", Assert.Single(cover.Unrecognised).Text);
        Assert.Equal(["Winner of the 2019 prize", "The body starts."], blocks.Select(b => b.Text));
    }
}
