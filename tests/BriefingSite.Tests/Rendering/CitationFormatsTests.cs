using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

/// <summary>Given a numbered report with TeX's special characters in its title, a full date and a DOI, every citation format carries them correctly.</summary>
public sealed class CitationFormatsTests : IDisposable
{
    private const string Title = "Budgets {draft} at 50% & more #1_x";
    private readonly TempSite _site = TempSite.CopyOfRepository();

    public CitationFormatsTests()
    {
        _site.Write(
            "input/en/briefings/budgets.md",
            "---\ntitle: \"" + Title + "\"\nlang: en\ndate: 2024-03-05\nauthors: [\"Jane Q. Public\", \"مؤلف عربي\"]\npublisher: \"Audit & Co\"\n"
            + "report_number: GAO-24-1\ndoi: 10.1234/abc_def\ntopics: [iran]\n---\n\nText.\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_bibtex_escapes_braces_percent_ampersand_hash_and_underscore()
    {
        var bib = StrictBibTexReader.Read(_site.Read("output/en/briefings/budgets.bib"));
        string Field(string name) => bib.Fields.Single(f => f.Name == name).Value;

        Assert.Equal(("techreport", "public2024budgets"), (bib.Type, bib.Key));
        Assert.Equal(@"{Budgets \{draft\} at 50\% \& more \#1\_x}", Field("title"));
        Assert.Equal("Public, Jane Q. and {مؤلف عربي}", Field("author"));
        Assert.Equal(@"Audit \& Co", Field("institution"));
        Assert.Equal("GAO-24-1", Field("number"));
        Assert.Equal(@"10.1234/abc\_def", Field("doi"));
        Assert.Equal(("2024", "3"), (Field("year"), Field("month")));
    }

    [Fact]
    public void The_csl_json_keeps_the_title_and_gives_date_parts_number_and_doi()
    {
        using var json = JsonDocument.Parse(_site.Read("output/en/briefings/budgets.json"));
        var item = json.RootElement[0];

        Assert.Equal(Title, item.GetProperty("title").GetString());
        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal([2024, 3, 5], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("GAO-24-1", item.GetProperty("number").GetString());
        Assert.Equal("10.1234/abc_def", item.GetProperty("DOI").GetString());
        Assert.Equal("مؤلف عربي", item.GetProperty("author")[1].GetProperty("literal").GetString());
    }

    [Fact]
    public void The_ris_gives_the_date_report_number_and_doi()
    {
        var lines = _site.Read("output/en/briefings/budgets.ris").Split("\r\n");

        Assert.Equal("TY  - RPRT", lines[0]);
        Assert.Contains("TI  - " + Title, lines);
        Assert.Contains("AU  - Public, Jane Q.", lines);
        Assert.Contains("DA  - 2024/03/05", lines);
        Assert.Contains("SN  - GAO-24-1", lines);
        Assert.Contains("DO  - 10.1234/abc_def", lines);
        Assert.Equal("ER  - ", lines[^2]);
    }

    [Fact]
    public void The_head_carries_the_report_number_doi_and_full_date()
    {
        var head = new HtmlParser().ParseDocument(_site.Read("output/en/briefings/budgets.html")).Head!;
        string[] Tag(string name) => [.. head.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!)];

        Assert.Equal([Title], Tag("citation_title"));
        Assert.Equal(["Public, Jane Q.", "مؤلف عربي"], Tag("citation_author"));
        Assert.Equal(["2024/03/05"], Tag("citation_publication_date"));
        Assert.Equal(["GAO-24-1"], Tag("citation_technical_report_number"));
        Assert.Equal(["10.1234/abc_def"], Tag("citation_doi"));
        Assert.Equal(["Audit & Co"], Tag("citation_publisher"));
    }
}
