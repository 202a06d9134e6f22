using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefingSite.Rendering;

/// <summary>
/// Cleans a page body that contains raw HTML from Markdown to an allow-list (documented in the
/// README): known formatting tags keep their safe attributes; script-capable tags are removed
/// with their content; other tags are unwrapped to their text; event handlers and unsafe URLs go.
/// Only pages that contain raw HTML pay for this parse.
/// </summary>
public static class RawHtmlSanitizer
{
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.Ordinal)
    {
        "p", "br", "hr", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark", "abbr", "cite", "q",
        "dfn", "kbd", "code", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "th", "td", "caption", "figure", "figcaption", "img", "a", "span", "div", "bdi",
        "h2", "h3", "h4", "h5", "h6", "section", "del", "ins",
    };

    public static readonly IReadOnlySet<string> AllowedAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "lang", "dir", "title", "id", "class", "href", "src", "alt", "width", "height", "colspan", "rowspan", "start", "cite",
    };

    /// <summary>Removed together with everything inside them.</summary>
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math", "form", "input", "button",
        "textarea", "select", "link", "meta", "base", "frame", "frameset",
    };

    public static string Sanitize(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body></body>");
        var body = document.Body!;
        body.InnerHtml = html;
        Clean(body);
        return body.InnerHtml;
    }

    private static void Clean(IElement parent)
    {
        foreach (var child in parent.Children.ToList())
        {
            var name = child.LocalName;
            if (DroppedTags.Contains(name))
            {
                child.Remove();
                continue;
            }

            Clean(child);
            if (!AllowedTags.Contains(name))
            {
                Unwrap(child);
                continue;
            }

            foreach (var attribute in child.Attributes.ToList())
            {
                if (!IsAllowed(child, attribute))
                {
                    child.RemoveAttribute(attribute.Name);
                }
            }
        }
    }

    private static bool IsAllowed(IElement element, IAttr attribute) => attribute.Name switch
    {
        "href" => UnsafeUrlFilter.IsSafe(attribute.Value, image: false),
        "src" => element.LocalName == "img" && UnsafeUrlFilter.IsSafe(attribute.Value, image: true),
        "cite" => UnsafeUrlFilter.IsSafe(attribute.Value, image: false),
        "dir" => attribute.Value is "rtl" or "ltr" or "auto",
        _ => AllowedAttributes.Contains(attribute.Name),
    };

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } node)
        {
            parent.InsertBefore(node, element);
        }

        element.Remove();
    }
}
