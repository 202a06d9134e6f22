using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Config;

/// <summary>The list lengths in site.yml (<c>list_page_size</c>, <c>feed_limit</c>, <c>home_list_limit</c>) must be counts a page can hold.</summary>
public sealed class ListSettingsTests
{
    [Theory]
    [InlineData("list_page_size: 20", "list_page_size: 0", "list_page_size must be a whole number from 1 to 1000, not 0")]
    [InlineData("feed_limit: 50", "feed_limit: -3", "feed_limit must be a whole number from 1 to 1000, not -3")]
    [InlineData("home_list_limit: 20", "home_list_limit: 100000", "home_list_limit must be a whole number from 1 to 1000, not 100000")]
    [InlineData("list_page_size: 20", "list_page_size: many", "invalid value: The input string 'many'")]
    public void A_list_length_out_of_range_is_an_error_naming_site_yml_and_the_setting(string setting, string replacement, string message)
    {
        using var site = TempSite.CopyOfRepository();
        var config = site.Read("site.yml");
        Assert.Contains(setting, config, StringComparison.Ordinal);
        site.Write("site.yml", config.Replace(setting, replacement, StringComparison.Ordinal));

        var result = site.Build(import: false);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("site.yml", error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_settings_listings_hold_20_briefings_a_page_and_feeds_50()
    {
        var config = new BriefingSite.Config.SiteConfig();
        Assert.Equal(20, config.ListPageSize);
        Assert.Equal(50, config.FeedLimit);
    }
}
