using System.Globalization;

namespace BriefingSite.Content;

/// <summary>
/// The one owner of the site's URL scheme: every output path (site-relative, forward slashes,
/// always naming a file), the relative link from one output file to another, and the absolute
/// URL of an output file under <c>base_url</c>. No other type joins path segments, so the scheme
/// can change here alone. It lives in Content because loading already needs a page's path (two
/// pages written to one file are an error); every later stage asks it too.
/// </summary>
public static class SiteUrls
{
    /// <summary>The page that opens the site, in every language.</summary>
    public const string Root = "index.html";

    public const string NotFound = "404.html";

    /// <summary>The Atom feed of every language's briefings.</summary>
    public const string CombinedFeed = "feed.xml";

    public const string Sitemap = "sitemap.xml";

    public const string Robots = "robots.txt";

    /// <summary>The theme's assets, copied as they are.</summary>
    public const string AssetsFolder = "assets/";

    public const string Stylesheet = AssetsFolder + "style.css";

    /// <summary>The search code, which loads the index's shards on demand.</summary>
    public const string SearchScript = AssetsFolder + "search.js";

    /// <summary>A briefing's reading aids script (current section, note previews, copying section links).</summary>
    public const string ReaderScript = AssetsFolder + "reader.js";

    /// <summary>The generated search scripts: the index and its shards.</summary>
    public const string SearchFolder = AssetsFolder + "search/";

    /// <summary>The search index's languages, documents and shard keys.</summary>
    public const string SearchIndex = SearchFolder + "index.js";

    public static string Home(string language) => $"{language}/index.html";

    public static string BriefingIndex(string language) => Listing(language, null, 1);

    public static string TopicIndex(string language) => $"{language}/topics/index.html";

    public static string Topic(string language, string topicId) => Listing(language, topicId, 1);

    public static string Search(string language) => $"{language}/search.html";

    public static string Feed(string language) => $"{language}/feed.xml";

    /// <summary>
    /// Page <paramref name="number"/> (1-based) of a listing: the briefing index when
    /// <paramref name="topicId"/> is null, else the topic's. Page 1 keeps the listing's own path
    /// (<c>en/briefings/index.html</c>, <c>en/topics/iraq.html</c>); later pages go into a folder
    /// named after it (<c>en/briefings/page/2.html</c>, <c>en/topics/iraq/page/2.html</c>). Slugs and
    /// topic ids never hold a <c>/</c>, so no briefing or topic page can be written there.
    /// </summary>
    public static string Listing(string language, string? topicId, int number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return (topicId, number) switch
        {
            (null, 1) => $"{language}/briefings/index.html",
            (null, _) => $"{language}/briefings/page/{n}.html",
            (_, 1) => $"{language}/topics/{topicId}.html",
            _ => $"{language}/topics/{topicId}/page/{n}.html",
        };
    }

    /// <summary>A briefing's page or a fixed page's (about).</summary>
    public static string Of(Page page) => page.Kind == PageKind.Briefing
        ? $"{page.Language.Code}/briefings/{page.Slug}.html"
        : $"{page.Language.Code}/{page.Slug}.html";

    /// <summary>Where a translated briefing is shown side by side with its translation.</summary>
    public static string SideBySide(Page briefing) => $"{briefing.Language.Code}/side-by-side/{briefing.Slug}.html";

    /// <summary>A briefing's citation download, beside its page (<paramref name="extension"/> with its dot: <c>.bib</c>).</summary>
    public static string Citation(Page briefing, string extension) => $"{briefing.Language.Code}/briefings/{briefing.Slug}{extension}";

    /// <summary>A briefing's printed PDF, beside its page and its citation downloads.</summary>
    public static string Pdf(Page briefing) => Citation(briefing, ".pdf");

    /// <summary>The share card drawn for the page at <paramref name="htmlPath"/>, beside it: <c>ar/briefings/x.card.png</c>.</summary>
    public static string Card(string htmlPath) =>
        (htmlPath.EndsWith(".html", StringComparison.Ordinal) ? htmlPath[..^5] : htmlPath) + ".card.png";

    /// <summary>A theme asset, by its path inside the theme's <c>assets/</c> folder.</summary>
    public static string Asset(string pathInAssets) => AssetsFolder + pathInAssets;

    /// <summary>A search shard's script, by its file name without the extension.</summary>
    public static string SearchShard(string name) => SearchFolder + name + ".js";

    /// <summary>An image a page shows is published at its path under <c>input/</c>, so it stays beside its page.</summary>
    public static string Image(string pathUnderInput) => pathUnderInput.Replace('\\', '/');

    /// <summary>
    /// The link from output file <paramref name="from"/> to <paramref name="to"/> (<c>ar/briefings/x.html</c>
    /// → <c>en/index.html</c> gives <c>../../en/index.html</c>): relative, so the site works from file://
    /// and under any sub-path, and naming a file, never a folder.
    /// </summary>
    public static string Relative(string from, string to)
    {
        // The folders both paths start with, compared whole ("ar/briefings/x.html" and "ar/topics/y.html" share "ar/").
        var common = 0;
        while (true)
        {
            var slash = from.IndexOf('/', common);
            if (slash < 0 || slash >= to.Length || to[slash] != '/' || !from.AsSpan(common, slash - common).SequenceEqual(to.AsSpan(common, slash - common)))
            {
                break;
            }

            common = slash + 1;
        }

        var ups = from.AsSpan(common).Count('/');
        return ups == 0 ? to[common..] : string.Concat(Up(ups), to.AsSpan(common));
    }

    /// <summary>The way up from output file <paramref name="from"/> to the site's root folder: empty at the root, else <c>../</c> per folder.</summary>
    public static string ToRoot(string from) => Up(from.AsSpan().Count('/'));

    /// <summary><c>../</c> <paramref name="folders"/> times; the usual depths are made once.</summary>
    private static string Up(int folders) =>
        folders < Ups.Length ? Ups[folders] : string.Concat(Enumerable.Repeat("../", folders));

    private static readonly string[] Ups = [.. Enumerable.Range(0, 8).Select(n => string.Concat(Enumerable.Repeat("../", n)))];

    /// <summary>
    /// The absolute URL of an output file, for metadata only (canonical link, feeds, sitemap, Open
    /// Graph): <c>https://example.org/briefings/</c> + <c>ar/index.html</c> → <c>https://example.org/briefings/ar/</c>.
    /// </summary>
    public static string Absolute(string baseUrl, string outputPath)
    {
        var path = outputPath.EndsWith("index.html", StringComparison.Ordinal) && (outputPath.Length == 10 || outputPath[^11] == '/')
            ? outputPath[..^10]
            : outputPath;
        return BaseWithSlash(baseUrl) + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>The base URL as a folder, ending in <c>/</c>.</summary>
    public static string BaseWithSlash(string baseUrl) => baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
}
