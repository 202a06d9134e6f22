using BriefingSite.Publishing;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

public sealed class LinkValidatorTests
{
    private static readonly OutputFile[] Site =
    [
        new("index.html", "<a href='ar/index.html'>a</a><a href='ar/index.html#top'>b</a><a href='https://example.org/'>c</a>"),
        new("ar/index.html", "<h1 id='top'>x</h1><a href='../index.html'>root</a><link rel=stylesheet href='../assets/style.css'>"),
        new("assets/style.css", null, "style.css"),
    ];

    [Fact]
    public void A_consistent_site_has_no_problems() => Assert.Empty(LinkValidator.Validate(Site));

    [Theory]
    [InlineData("ar/missing.html", "does not exist")]
    [InlineData("../ar/index.html#nowhere", "anchor #nowhere not found")]
    [InlineData("ar/", "names a folder")]
    [InlineData("/ar/index.html", "root-absolute")]
    [InlineData("../../etc/passwd", "leaves the site")]
    public void A_broken_link_is_reported_with_page_and_target(string href, string expected)
    {
        var problems = LinkValidator.Validate([.. Site, new OutputFile("en/index.html", $"<a href='{href}'>x</a>")]);
        var problem = Assert.Single(problems);
        Assert.Equal("en/index.html", problem.File);
        Assert.Contains(href, problem.Message, StringComparison.Ordinal);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_link_in_a_theme_fails_the_build_and_keeps_the_previous_output()
    {
        using var site = TempSite.CopyOfRepository();
        Assert.True(site.Build().Succeeded);
        var before = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        site.Write("theme/layouts/notfound.sbn", "<a href=\"nowhere.html\">lost</a>");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.File == "output/404.html" && d.Message.Contains("nowhere.html", StringComparison.Ordinal));
        var after = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), file.Key + " changed"));
    }
}
