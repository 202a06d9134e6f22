using BriefingSite.Import;

namespace BriefingSite.Tests.Import.Docx;

/// <summary>Word files read as seeds: styles, lists, notes, tables, breaks and properties, in English and Arabic.</summary>
public class DocxSeedReaderTests
{
    private const string EnglishReport = """
        # Water in the Valley

        The river has fallen for three summers in a row, and the farms below the dam feel it first.

        Short Line That Looks Like A Heading

        ## What the ministry plans

        A new canal is planned, but its funding has not been voted on by the assembly this year.

        ### The canal route

        @Chapter Funding and its limits

        The route follows the old irrigation channel for most of its length through the valley.
        """;

    [Fact]
    public void Title_and_heading_styles_give_the_title_and_the_heading_levels()
    {
        var writer = new DocxFixtureWriter { ExtraStyles = [("Chapter", "Chapter Heading", "Heading1")] };

        var parsed = DocxImport.Parse(writer.Write(EnglishReport));

        Assert.Equal("Water in the Valley", parsed.Meta.Title);
        Assert.Contains("\n## What the ministry plans\n", parsed.Body);
        Assert.Contains("\n### The canal route\n", parsed.Body);
        Assert.Contains("\n## Funding and its limits\n", parsed.Body);
        Assert.DoesNotContain("# Short Line", parsed.Body);
        Assert.Contains("Short Line That Looks Like A Heading", parsed.Body);
        Assert.DoesNotContain("Water in the Valley", parsed.Body);
    }

    [Fact]
    public void Arabic_right_to_left_paragraphs_keep_their_letters_in_logical_order()
    {
        const string source = """
            # المياه في الوادي

            ## خطة الوزارة

            انخفض منسوب النهر ثلاثة صيوف متتالية، وتشعر المزارع أسفل السد بذلك أولاً قبل غيرها عام 2024.
            """;

        var parsed = DocxImport.Parse(new DocxFixtureWriter { RightToLeft = true }.Write(source));

        Assert.Equal("ar", parsed.Meta.Lang);
        Assert.Equal("المياه في الوادي", parsed.Meta.Title);
        Assert.Contains("\n## خطة الوزارة\n", "\n" + parsed.Body);
        Assert.Contains("انخفض منسوب النهر ثلاثة صيوف متتالية، وتشعر المزارع أسفل السد بذلك أولاً قبل غيرها عام 2024.", parsed.Body);
    }

    [Fact]
    public void Footnotes_become_notes_where_their_references_stand()
    {
        const string source = """
            The river has fallen for three summers in a row.[^a] The farms below the dam feel it first.[^b]

            [^a]: Ministry of Water, annual report, 2023.
            [^b]: Interviews with farmers, May 2024.
            """;

        var parsed = DocxImport.Parse(new DocxFixtureWriter().Write(source));

        Assert.Contains("in a row.[^1] The farms", parsed.Body);
        Assert.Contains("[^1]: Ministry of Water, annual report, 2023.", parsed.Body);
        Assert.Contains("[^2]: Interviews with farmers, May 2024.", parsed.Body);
        Assert.Equal(2, parsed.Report.Footnotes);
    }

    [Fact]
    public void Arabic_endnotes_become_notes_too()
    {
        const string source = """
            انخفض منسوب النهر ثلاثة صيوف متتالية في الوادي كله.[^1] وتشعر المزارع أسفل السد بذلك أولاً.

            [^1]: تقرير وزارة الموارد المائية لعام 2023.
            """;

        var parsed = DocxImport.Parse(new DocxFixtureWriter { RightToLeft = true, Endnotes = true }.Write(source));

        Assert.Contains("في الوادي كله.[^1] وتشعر", parsed.Body);
        Assert.Contains("[^1]: تقرير وزارة الموارد المائية لعام 2023.", parsed.Body);
    }

    [Fact]
    public void Numbered_lists_keep_their_start_and_nesting_and_bullets_stay_bullets()
    {
        const string source = """
            The plan has these parts, in the order the ministry gave them to the assembly:

            3. Repair the dam's spillway before the spring flood arrives.
            4. Line the main canal.
              - with concrete where the soil is sand;
              - with clay elsewhere.
            5. Meter every farm's intake.

            The assembly will vote on the plan in the autumn session of this year.
            """;

        var body = DocxImport.Parse(new DocxFixtureWriter().Write(source)).Body;

        Assert.Contains("3. Repair the dam's spillway before the spring flood arrives.\n4. Line the main canal.\n", body);
        Assert.Contains("   - with concrete where the soil is sand;\n   - with clay elsewhere.\n5. Meter every farm's intake.", body);
    }

    [Theory]
    [InlineData("hindiNumbers", "١. ")]
    [InlineData("arabicAbjad", "- ب. ")]
    public void Arabic_numbering_formats_are_read_as_list_items(string format, string secondLabel)
    {
        const string source = """
            تتضمن الخطة الأجزاء الآتية بحسب ترتيب الوزارة:

            1. إصلاح قناة تصريف السد قبل الفيضان.
            2. تبطين القناة الرئيسة بالخرسانة.
            """;

        var seed = DocxImport.Read(new DocxFixtureWriter { RightToLeft = true, NumberFormat = format }.Write(source));
        var parsed = new SeedParser(SeedParsing.Config).Parse(seed, new SeedOverrides());

        Assert.Contains(secondLabel + "تبطين القناة الرئيسة بالخرسانة.", seed.Text.Replace("٢", "١", StringComparison.Ordinal));
        Assert.Matches(@"(?m)^(2\. |- ب\. )تبطين القناة الرئيسة بالخرسانة\.$", parsed.Body);
    }

    [Fact]
    public void A_table_becomes_a_markdown_table_with_empty_cells_kept()
    {
        const string source = """
            Water use by sector in the valley, as the ministry reported it:

            | Sector | Share |
            | --- | --- |
            | Farms | 71% |
            | Towns |  |

            The farms use most of the water, and the towns use most of the rest of it.
            """;

        var body = DocxImport.Parse(new DocxFixtureWriter().Write(source)).Body;

        Assert.Contains("| Sector | Share |\n| --- | --- |\n| Farms | 71% |\n| Towns | — |", body);
    }

    [Fact]
    public void Line_breaks_keep_a_dateline_in_lines_of_its_own()
    {
        const string source = "وزارة الخارجية الأمريكية<br>مكتب المتحدّث الرسمي<br>12 أيار/مايو 2021\n\nتحدث وزير الخارجية اليوم مع رئيس السلطة الفلسطينية عن العنف في القدس.";

        var seed = DocxImport.Read(new DocxFixtureWriter { RightToLeft = true }.Write(source));
        var parsed = new SeedParser(SeedParsing.Config).Parse(seed, new SeedOverrides());

        Assert.StartsWith("وزارة الخارجية الأمريكية\nمكتب المتحدّث الرسمي\n12 أيار/مايو 2021\n\n", seed.Text);
        Assert.Equal("2021-05-12", parsed.Meta.Date);
    }

    [Fact]
    public void Core_and_app_properties_fill_what_the_text_does_not_say()
    {
        const string source = "The river has fallen for three summers in a row, and the farms below the dam feel it first.";
        var writer = new DocxFixtureWriter { CoreTitle = "Water in the Valley", Creator = "Lina Haddad; Omar Said", Created = new DateTime(2024, 7, 3, 9, 0, 0, DateTimeKind.Utc), Company = "Valley Institute", Language = "en-GB" };

        var parsed = DocxImport.Parse(writer.Write(source));

        Assert.Equal("Water in the Valley", parsed.Meta.Title);
        Assert.Equal(["Lina Haddad", "Omar Said"], parsed.Meta.Authors);
        Assert.Equal("2024-07-03", parsed.Meta.Date);
        Assert.Equal("Valley Institute", parsed.Meta.Publisher);
    }

    [Fact]
    public void A_template_language_in_another_script_than_the_text_is_ignored()
    {
        const string source = "انخفض منسوب النهر ثلاثة صيوف متتالية، وتشعر المزارع أسفل السد بذلك أولاً قبل غيرها.";

        var seed = DocxImport.Read(new DocxFixtureWriter { RightToLeft = true, Language = "en-US" }.Write(source));

        Assert.Null(seed.Properties.Language);
        Assert.Equal("ar", new SeedParser(SeedParsing.Config).Parse(seed, new SeedOverrides()).Meta.Lang);
    }

    [Fact]
    public void Author_and_date_styles_are_read_as_metadata()
    {
        const string source = """
            # Water in the Valley

            @Author Lina Haddad

            @Date Thursday, March 13, 2008

            The river has fallen for three summers in a row, and the farms below the dam feel it first.
            """;

        var seed = DocxImport.Read(new DocxFixtureWriter().Write(source));

        Assert.Equal(["Lina Haddad"], seed.Properties.Authors);
        Assert.Equal(new DateOnly(2008, 3, 13), seed.Properties.Date);
    }

    [Fact]
    public void Images_are_reported_as_left_out_with_their_alt_text()
    {
        const string source = "The dam in spring: ![The dam's spillway in April]\n\n![]\n\nThe river has fallen for three summers in a row.";

        var seed = DocxImport.Read(new DocxFixtureWriter().Write(source));

        Assert.Equal(["image near line 1: \"The dam's spillway in April\"", "image near line 3 (no alt text)"], seed.LeftOut);
        Assert.Equal("Open XML SDK (Word)", seed.Extractor);
    }
}
