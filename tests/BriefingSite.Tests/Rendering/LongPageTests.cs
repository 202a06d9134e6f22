using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

/// <summary>Given a page longer than Scriban's default string limit (1 MiB), it is written whole.</summary>
public sealed class LongPageTests
{
    [Fact]
    public void A_briefing_over_one_mebibyte_is_not_cut_short()
    {
        using var site = TempSite.CopyOfRepository();
        var paragraph = string.Concat(Enumerable.Repeat("A long archive needs long pages. ", 40));
        var body = string.Join("\n\n", Enumerable.Range(0, 1000).Select(i => $"{paragraph}{i}"));
        site.Write("input/en/briefings/long.md", $"---\ntitle: Long\nlang: en\ntopics: [iran]\n---\n\n{body}\n\nThe very last words.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(site.Output, "en/briefings/long.html"));
        Assert.True(html.Length > 1_048_576, $"the page should be over 1 MiB; it is {html.Length} characters");
        Assert.Contains("The very last words.", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }
}
