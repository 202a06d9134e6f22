using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Every page declares a Content-Security-Policy that allows only the site's own scripts and
/// styles, and the site itself (search included) never trips it, from disk.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class ContentSecurityPolicyTests(ChromiumFixture chromium)
{
    [Fact]
    public void Every_page_declares_a_policy_without_inline_or_remote_sources()
    {
        foreach (var (path, document) in chromium.Site.Pages)
        {
            var policy = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.False(policy is null, path + " has no Content-Security-Policy");
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en/search.html", "elections")]
    [InlineData("ar/search.html", "الانتخابات")]
    public async Task Searching_from_disk_trips_no_policy_violation(string searchPage, string query)
    {
        var page = await chromium.NewPageAsync();
        await page.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await page.GotoAsync(chromium.FileUrl(searchPage) + "?q=" + Uri.EscapeDataString(query));

        await Microsoft.Playwright.Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        await page.Context.CloseAsync();
    }
}
