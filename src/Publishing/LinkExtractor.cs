using AngleSharp.Html.Parser;

namespace BriefingSite.Publishing;

/// <summary>
/// Parses one page with AngleSharp and keeps only its links and ids, so the parsed document
/// can be dropped at once: pages are extracted in parallel and never held as DOMs together.
/// </summary>
public static class LinkExtractor
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    public static PageLinks Extract(string path, string html)
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
