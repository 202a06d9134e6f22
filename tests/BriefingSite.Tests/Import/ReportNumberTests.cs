using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Import;

/// <summary>A report number repeated in a seed's page footers reaches the front-matter and the page's citation.</summary>
public sealed class ReportNumberTests
{
    private const string Seed = """
        Grants Management

        Bernice Steinhardt and Jane Roe examined how grants reward results. Federal grants have used performance accountability provisions for some years, and lessons learned have begun to inform their design.

        Page 1 GAO-06-1046 Grants Management

        Maximizing the extent to which grants achieve their long-term performance goals is critical to addressing the challenges of the 21st century.

        Page 2 GAO-06-1046 Grants Management
        """;

    [Fact]
    public void The_report_number_is_in_the_front_matter_and_the_citation()
    {
        using var site = TempSite.CopyOfRepository(withInput: false);
        site.Write("seeds/100_grants.txt", Seed);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("report_number: GAO-06-1046\n", site.Read("input/en/briefings/grants-management.md"), StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(site.Read("output/en/briefings/grants-management.html"));
        Assert.Contains("GAO-06-1046", page.QuerySelector(".citation p")!.TextContent, StringComparison.Ordinal);
    }
}
