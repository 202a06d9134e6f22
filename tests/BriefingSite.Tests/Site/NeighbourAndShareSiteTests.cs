using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Site;

/// <summary>
/// Given the repository's site with two more English briefings (older and newer) and no base URL,
/// each briefing links its previous (older) and next (newer) briefing in its language by title in
/// &lt;bdi&gt;, and no page offers share links, which would point at a placeholder address.
/// </summary>
public sealed class NeighbourAndShareSiteTests : IDisposable
{
    private const string Middle = "en/briefings/the-new-landscape-of-iranian-politics.html";
    private readonly TempSite _site = TempSite.CopyOfRepository();

    public NeighbourAndShareSiteTests()
    {
        _site.Write("site.yml", string.Join('\n', _site.Read("site.yml").Split('\n').Where(l => !l.StartsWith("base_url:", StringComparison.Ordinal))));
        Briefing("older-one", "An Older Briefing", 1999);
        Briefing("newer-one", "عنوان عربي in a Newer Briefing", 2020);
        var result = _site.Build(import: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_briefing_links_the_older_and_newer_briefing_of_its_language_titles_isolated()
    {
        var page = Parse(Middle);
        var previous = page.QuerySelector("nav.neighbours .neighbours__previous a")!;
        var next = page.QuerySelector("nav.neighbours .neighbours__next a")!;

        Assert.Equal(ThemeStrings.Get("en", "briefing_neighbours"), page.QuerySelector("nav.neighbours")!.GetAttribute("aria-label"));
        Assert.Equal(("older-one.html", "prev", "An Older Briefing"), (previous.GetAttribute("href"), previous.GetAttribute("rel"), previous.QuerySelector("bdi")!.TextContent));
        Assert.Equal(("newer-one.html", "next", "عنوان عربي in a Newer Briefing"), (next.GetAttribute("href"), next.GetAttribute("rel"), next.QuerySelector("bdi")!.TextContent));
        Assert.Equal(ThemeStrings.Get("en", "previous_briefing"), previous.QuerySelector(".neighbours__label")!.TextContent);
        Assert.Equal(ThemeStrings.Get("en", "next_briefing"), next.QuerySelector(".neighbours__label")!.TextContent);
    }

    [Fact]
    public void The_oldest_and_newest_have_one_neighbour_each_and_no_arabic_briefing_links_an_english_one()
    {
        var oldest = Parse("en/briefings/older-one.html");
        var newest = Parse("en/briefings/newer-one.html");

        Assert.Null(oldest.QuerySelector(".neighbours__previous"));
        Assert.Equal("the-new-landscape-of-iranian-politics.html", oldest.QuerySelector(".neighbours__next a")!.GetAttribute("href"));
        Assert.Null(newest.QuerySelector(".neighbours__next"));
        Assert.Null(Parse(SitePages.ArabicBriefing).QuerySelector("nav.neighbours"));
    }

    [Fact]
    public void Without_a_base_url_no_briefing_has_share_links()
    {
        Assert.Null(Parse(Middle).QuerySelector("section.share"));
        Assert.Null(Parse(SitePages.ArabicBriefing).QuerySelector("section.share"));
    }

    public void Dispose() => _site.Dispose();

    private void Briefing(string slug, string title, int year) =>
        _site.Write($"input/en/briefings/{slug}.md", $"---\ntitle: {title}\nlang: en\nkind: briefing\nslug: {slug}\nyear: {year}\n---\n\n## First part\n\nSome text about politics.\n\n## Second part\n\nMore text.\n");

    private AngleSharp.Dom.IDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, path)));
}
