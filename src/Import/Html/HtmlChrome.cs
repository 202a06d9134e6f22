using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// Removes what a page shows around its text: scripts and styles (never run), forms, hidden
/// elements, navigation, share rows, cookie banners, comments, "related" blocks, the site's
/// header and footer, and MediaWiki's edit links, contents box and navigation boxes. An element
/// is judged by its tag, its ARIA role, and the words of its <c>class</c> and <c>id</c>
/// (<c>share-row</c>, <c>cookie_banner</c>); one that holds the page's article or most of its
/// text is never removed, whatever its class says.
/// </summary>
public static partial class HtmlChrome
{
    private const double MostOfTheText = 0.5;

    private static readonly HashSet<string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "canvas", "svg", "math",
        "form", "button", "input", "select", "textarea", "nav", "aside", "dialog", "link", "meta",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    };

    /// <summary>Words of a class or id that mark page chrome.</summary>
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "social", "cookie", "cookies", "consent", "gdpr", "comment", "comments", "disqus",
        "related", "recommended", "breadcrumb", "breadcrumbs", "sidebar", "menu", "navbar", "navbox", "nav",
        "navigation", "skip", "newsletter", "subscribe", "subscription", "signup", "promo", "advert",
        "advertisement", "ads", "sponsor", "sponsored", "banner", "toc", "editsection", "noprint", "printfooter",
        "catlinks", "hatnote", "footer", "masthead", "popup", "modal", "outbrain", "taboola", "jump",
        "sistersitebox", "authority", "portal", "ambox", "metadata", "tags", "pagination", "pager", "infobox", "coordinates",
    };

    public static void Remove(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        var total = Math.Max(1, TextLength(body));
        var chrome = body.Descendants<IElement>().Where(e => IsChrome(e, total)).ToList();
        foreach (var element in chrome)
        {
            element.Remove();
        }
    }

    private static bool IsChrome(IElement element, int total)
    {
        var tag = element.LocalName;
        if (Tags.Contains(tag) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
            || HiddenStyle().IsMatch(element.GetAttribute("style") ?? ""))
        {
            return true;
        }

        var chrome = Roles.Contains(element.GetAttribute("role") ?? "")
            || (tag is "header" && element.Closest("article, main, [role=main]") is null)
            || tag is "footer"
            || Words(element).Any(ChromeWords.Contains);

        // Layouts put chrome words on wrappers too ("page-with-sidebar"): what holds the article,
        // its notes or most of the text is not chrome.
        return chrome && tag is not ("main" or "article")
            && element.QuerySelector("article, main, [role=main]") is null
            && !NoteLists.IsContainer(element) && element.QuerySelector(NoteLists.ContainerSelector) is null
            && TextLength(element) < total * MostOfTheText;
    }

    private static IEnumerable<string> Words(IElement element) =>
        WordSplit().Split((element.ClassName ?? "") + " " + (element.Id ?? "")).Where(w => w.Length > 0);

    private static int TextLength(IElement element) => element.TextContent.Length;

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex WordSplit();
}
