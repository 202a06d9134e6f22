using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// Cleans a page body that contains raw HTML from Markdown to an allow-list (documented in the
/// README): known formatting tags keep their safe attributes; script-capable tags are removed
/// with their content; other tags are unwrapped to their text; event handlers and unsafe URLs go.
/// Only pages that contain raw HTML pay for this parse. Time is linear in the HTML's length.
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

    /// <summary>
    /// Deeper than any page the content check lets through (raw HTML is limited to
    /// <see cref="NestingGuard.MaxHtmlDepth"/>, Markdown adds its own lists and quotes); past it an
    /// HTML parser's time grows with the square of the depth, so such HTML is shown as text.
    /// </summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal) { "br", "hr", "img" };

    public static string Sanitize(string html)
    {
        if (new HtmlDepthCounter(MaxDepth).Feed(html) >= 0)
        {
            return Escape(html, attribute: false);
        }

        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body></body>");
        var body = document.Body!;
        body.InnerHtml = html;
        var output = new StringBuilder(html.Length);
        Write(body, output);
        return output.ToString();
    }

    /// <summary>
    /// Writes the allowed part of <paramref name="root"/>'s content, walking the tree with a stack
    /// rather than recursion or moving nodes (each move costs time in the number of siblings).
    /// </summary>
    private static void Write(IElement root, StringBuilder output)
    {
        var pending = new Stack<(INode Node, bool Closing)>();
        PushChildren(root, pending);
        while (pending.TryPop(out var item))
        {
            switch (item.Node)
            {
                case IElement element when item.Closing:
                    output.Append("</").Append(element.LocalName).Append('>');
                    break;
                case IElement element when DroppedTags.Contains(element.LocalName):
                    break;
                case IElement element when !AllowedTags.Contains(element.LocalName):
                    PushChildren(element, pending);
                    break;
                case IElement element:
                    WriteStartTag(element, output);
                    if (!VoidTags.Contains(element.LocalName))
                    {
                        pending.Push((element, true));
                        PushChildren(element, pending);
                    }

                    break;
                case IText text:
                    output.Append(Escape(text.Data, attribute: false));
                    break;
                case IComment comment:
                    output.Append("<!--").Append(comment.Data).Append("-->");
                    break;
                default:
                    break;
            }
        }
    }

    private static void PushChildren(INode parent, Stack<(INode Node, bool Closing)> pending)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push((children[i], false));
        }
    }

    private static void WriteStartTag(IElement element, StringBuilder output)
    {
        output.Append('<').Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            if (IsAllowed(element, attribute))
            {
                output.Append(' ').Append(attribute.Name).Append("=\"").Append(Escape(attribute.Value, attribute: true)).Append('"');
            }
        }

        output.Append('>');
    }

    /// <summary>HTML5 serialisation's escaping, whatever element the text came from (an unwrapped xmp's text is escaped too).</summary>
    private static string Escape(string text, bool attribute)
    {
        if (text.AsSpan().IndexOfAny(attribute ? "&\u00A0\"" : "&\u00A0<>") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '\u00A0' => escaped.Append("&nbsp;"),
                '"' when attribute => escaped.Append("&quot;"),
                '<' when !attribute => escaped.Append("&lt;"),
                '>' when !attribute => escaped.Append("&gt;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static bool IsAllowed(IElement element, IAttr attribute) => attribute.Name switch
    {
        "href" => UrlPolicy.IsSafe(attribute.Value),
        "src" => element.LocalName == "img" && UrlPolicy.IsSafe(attribute.Value, image: true),
        "cite" => UrlPolicy.IsSafe(attribute.Value),
        "dir" => attribute.Value is "rtl" or "ltr" or "auto",
        "loading" => element.LocalName == "img" && attribute.Value is "lazy" or "eager",
        _ => AllowedAttributes.Contains(attribute.Name),
    };
}
