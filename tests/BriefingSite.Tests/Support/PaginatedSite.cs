using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Pipeline;

namespace BriefingSite.Tests.Support;

/// <summary>
/// The repository's site plus more briefings than one listing page holds, built with small lists
/// (<c>list_page_size: 5</c>, <c>home_list_limit: 3</c>, <c>feed_limit: 4</c>) and Arabic-Indic
/// digits for Arabic: 24 English briefings (23 on Iraq) and 8 Arabic ones (all on Iraq).
/// </summary>
public sealed class PaginatedSite : IDisposable
{
    public const int PageSize = 5;
    public const int OtherLanguageLimit = 3;
    public const int FeedLimit = 4;
    public const int EnglishBriefings = 24;
    public const int EnglishOnIraq = 23;
    public const int ArabicBriefings = 8;

    private readonly HtmlParser _parser = new();

    public PaginatedSite()
    {
        Site = TempSite.CopyOfRepository();
        var config = Site.Read("site.yml")
            .Replace("home_list_limit: 20", $"home_list_limit: {OtherLanguageLimit}", StringComparison.Ordinal)
            .Replace("list_page_size: 20", $"list_page_size: {PageSize}", StringComparison.Ordinal)
            .Replace("feed_limit: 50", $"feed_limit: {FeedLimit}", StringComparison.Ordinal);
        // Arabic is the first language configured: its digits become Arabic-Indic, English keeps western ones.
        var digits = config.IndexOf("digits: western", StringComparison.Ordinal);
        Site.Write("site.yml", config[..digits] + "digits: arabic-indic" + config[(digits + "digits: western".Length)..]);
        for (var i = 1; i <= EnglishOnIraq; i++)
        {
            Site.Write($"input/en/briefings/iraq-{i:00}.md", $"---\ntitle: Iraq briefing {i:00}\nlang: en\ndate: 2030-03-{i:00}\ntopics: [iraq]\n---\n\nText {i}.\n");
        }

        for (var i = 1; i < ArabicBriefings; i++)
        {
            Site.Write($"input/ar/briefings/iraq-{i:00}.md", $"---\ntitle: ورقة عن العراق {i:00}\nlang: ar\ndate: 2030-04-{i:00}\ntopics: [iraq]\n---\n\nنص {i}.\n");
        }

        Result = Site.Build(import: false);
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public string Output => Site.Output;

    public bool Exists(string path) => File.Exists(Path.Combine(Output, path));

    public IDocument Page(string path) => _parser.ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    /// <summary>Site-relative path a link on <paramref name="from"/> points to.</summary>
    public static string Resolve(string from, string href)
    {
        var folder = Path.GetDirectoryName(from)!.Replace('\\', '/');
        var full = Path.GetFullPath(Path.Combine("/site", folder, href));
        return Path.GetRelativePath("/site", full).Replace('\\', '/');
    }

    public void Dispose() => Site.Dispose();
}
