using System.Text;
using System.Text.Json;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Site;

/// <summary>Given the repository's site built, each briefing's citation downloads exist, are linked from its citation, and parse.</summary>
public sealed class CitationDownloadTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private const string Arabic = "ar/briefings/party-politics-in-iraq-where-to";
    private const string English = "en/briefings/the-new-landscape-of-iranian-politics";
    private const string ArabicTitle = "العمل الحزبي في العراق إلى أين؟";
    private const string ArabicAuthor = "خضير عباس الدهلكي";

    [Theory]
    [InlineData(Arabic)]
    [InlineData(English)]
    public void The_three_downloads_and_the_pdf_exist_and_the_citation_links_them(string briefing)
    {
        var links = site.Pages[briefing + ".html"].QuerySelectorAll("section.citation a[download]")
            .Select(a => a.GetAttribute("href")).ToList();
        var name = briefing[(briefing.LastIndexOf('/') + 1)..];

        Assert.Equal([name + ".bib", name + ".ris", name + ".json", name + ".pdf"], links);
        foreach (var extension in new[] { ".bib", ".ris", ".json", ".pdf" })
        {
            Assert.True(File.Exists(Path.Combine(site.Site.Output, briefing + extension)), briefing + extension);
        }
    }

    [Fact]
    public void The_csl_json_has_the_fields_reference_managers_need()
    {
        using var json = JsonDocument.Parse(Read(English + ".json"));
        var item = json.RootElement.EnumerateArray().Single();

        Assert.Equal("article-journal", item.GetProperty("type").GetString());
        Assert.Equal("The New Landscape of Iranian Politics", item.GetProperty("title").GetString());
        Assert.Equal("Saghafi", item.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Morad", item.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal(2004, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal("Middle East Research and Information Project (MERIP)", item.GetProperty("publisher").GetString());
        Assert.Equal("https://example.org/briefings/en/briefings/the-new-landscape-of-iranian-politics.html", item.GetProperty("URL").GetString());
        Assert.Equal("en", item.GetProperty("language").GetString());
    }

    [Fact]
    public void Arabic_title_and_author_survive_byte_for_byte_in_every_format()
    {
        using var json = JsonDocument.Parse(Read(Arabic + ".json"));
        var item = json.RootElement[0];
        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal(ArabicTitle, item.GetProperty("title").GetString());
        Assert.Equal(ArabicAuthor, item.GetProperty("author")[0].GetProperty("literal").GetString());

        var bib = StrictBibTexReader.Read(Read(Arabic + ".bib"));
        Assert.Equal("{" + ArabicTitle + "}", Field(bib.Fields, "title"));
        Assert.Equal("{" + ArabicAuthor + "}", Field(bib.Fields, "author"));

        foreach (var extension in new[] { ".bib", ".ris", ".json" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Site.Output, Arabic + extension));
            Assert.True(Contains(bytes, Encoding.UTF8.GetBytes(ArabicTitle)), extension + " lost the title's bytes");
            Assert.True(Contains(bytes, Encoding.UTF8.GetBytes(ArabicAuthor)), extension + " lost the author's bytes");
        }
    }

    [Theory]
    [InlineData(Arabic, "misc", "party2023politics", "2023")]
    [InlineData(English, "article", "saghafi2004the", "2004")]
    public void The_bibtex_is_one_well_formed_entry_with_a_stable_key(string briefing, string type, string key, string year)
    {
        var bib = StrictBibTexReader.Read(Read(briefing + ".bib"));

        Assert.Equal((type, key), (bib.Type, bib.Key));
        Assert.Equal(year, Field(bib.Fields, "year"));
    }

    [Theory]
    [InlineData(Arabic, "RPRT")]
    [InlineData(English, "JOUR")]
    public void The_ris_starts_with_its_type_and_ends_with_er(string briefing, string type)
    {
        var lines = Read(briefing + ".ris").Split("\r\n");

        Assert.Equal("TY  - " + type, lines[0]);
        Assert.Equal(["ER  - ", ""], lines[^2..]);
        Assert.All(lines[..^1], l => Assert.Matches("^[A-Z][A-Z0-9]  - ", l));
    }

    [Fact]
    public void The_arabic_briefing_head_carries_google_scholar_tags()
    {
        var head = site.Pages[Arabic + ".html"].Head!;
        string[] Tag(string name) => [.. head.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!)];

        Assert.Equal([ArabicTitle], Tag("citation_title"));
        Assert.Equal([ArabicAuthor], Tag("citation_author"));
        Assert.Equal(["2023"], Tag("citation_publication_date"));
        Assert.Equal(["مركز البيان للدراسات والتخطيط"], Tag("citation_publisher"));
        Assert.Equal(["ar"], Tag("citation_language"));
        Assert.Empty(Tag("citation_pdf_url"));
    }

    [Fact]
    public void Pages_other_than_briefings_have_no_scholar_tags() =>
        Assert.Empty(site.Pages["en/index.html"].Head!.QuerySelectorAll("meta[name^='citation_']"));

    private string Read(string path) => File.ReadAllText(Path.Combine(site.Site.Output, path));

    private static string Field(IReadOnlyList<(string Name, string Value)> fields, string name) => fields.Single(f => f.Name == name).Value;

    private static bool Contains(byte[] haystack, byte[] needle) =>
        haystack.AsSpan().IndexOf(needle) >= 0;
}
