using AngleSharp.Html.Parser;
using BriefingSite.Publishing;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Site;

/// <summary><c>share_cards: enabled: false</c> draws no card and names none, so no page points at a missing image.</summary>
public sealed class ShareCardsOffTests
{
    [Fact]
    public void A_site_with_share_cards_off_draws_none_and_its_pages_name_none()
    {
        using var site = TempSite.CopyOfRepository();
        site.Write("site.yml", site.Read("site.yml").Replace("share_cards:\n  enabled: true", "share_cards:\n  enabled: false", StringComparison.Ordinal));

        var result = site.Build(import: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.png", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(site.Output, ArtifactCache.FileName)));
        var parser = new HtmlParser();
        Assert.All(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories), page =>
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.Empty(document.QuerySelectorAll("meta[property^='og:image'], meta[name^='twitter:image']"));
        });
    }
}
