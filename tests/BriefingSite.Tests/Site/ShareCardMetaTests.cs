using BriefingSite.Tests.Support;
using SkiaSharp;

namespace BriefingSite.Tests.Site;

/// <summary>Every page names a share card that the build wrote: absolute og:image and twitter:image, its size and alt text.</summary>
public sealed class ShareCardMetaTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    private const string BaseUrl = "https://example.org/briefings/";

    [Theory]
    [InlineData("ar/briefings/party-politics-in-iraq-where-to.html", "ar/briefings/party-politics-in-iraq-where-to.card.png")]
    [InlineData("en/briefings/the-new-landscape-of-iranian-politics.html", "en/briefings/the-new-landscape-of-iranian-politics.card.png")]
    [InlineData("en/briefings/index.html", "en/briefings/index.card.png")]
    [InlineData("ar/index.html", "ar/index.card.png")]
    [InlineData("index.html", "ar/index.card.png")]
    [InlineData("en/about.html", "en/index.card.png")]
    public void The_page_names_its_card_with_an_absolute_url(string page, string card)
    {
        var document = site.Pages[page];
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content");

        Assert.Equal(BaseUrl + card, Meta("meta[property='og:image']"));
        Assert.Equal(BaseUrl + card, Meta("meta[name='twitter:image']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal(("1200", "630"), (Meta("meta[property='og:image:width']"), Meta("meta[property='og:image:height']")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:image:alt']")));

        using var image = SKBitmap.Decode(Path.Combine(site.Site.Output, card));
        Assert.Equal((1200, 630), (image.Width, image.Height));
    }

    [Fact]
    public void Every_listing_and_topic_page_shares_its_first_page_card()
    {
        var cards = site.Pages
            .Where(p => p.Key.Contains("/topics/", StringComparison.Ordinal))
            .Select(p => p.Value.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!)
            .Select(url => url[BaseUrl.Length..])
            .ToList();

        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.True(File.Exists(Path.Combine(site.Site.Output, card)), card + " not written"));
    }
}
