using AngleSharp.Html.Parser;

namespace BriefingSite.Publishing;

/// <summary>
/// Reduces one page to its links and ids: with <see cref="HtmlLinkScanner"/> when the page is
/// plain well-formed HTML (the theme's output), else by parsing it with AngleSharp. Either way
/// no DOM is kept, so pages can be extracted in parallel and dropped at once.
/// </summary>
public static class LinkExtractor
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    /// <param name="shared">Where the scanner takes link values from (see <see cref="SharedStrings"/>); none when null.</param>
    public static PageLinks Extract(string path, string html, SharedStrings? shared = null) => HtmlLinkScanner.Scan(path, html, shared) ?? Parse(path, html);

    /// <summary>The reference: AngleSharp's HTML5 parse, element by element.</summary>
    public static PageLinks Parse(string path, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var links = new List<PageLink>();
        foreach (var element in document.QuerySelectorAll("[href], [src]"))
        {
            foreach (var attribute in LinkAttributes)
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    links.Add(new PageLink(element.LocalName, attribute, value));
                }
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(document.QuerySelectorAll("[id]").Select(e => e.Id!));
        ids.UnionWith(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!));
        return new PageLinks(path, links, ids);
    }
}
