using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefingSite.Publishing.Pdf;

/// <summary>
/// The part of a page that reaches paper: the page without the elements its print rules hide, so a
/// PDF's cache key does not change when only a screen part changes (the related list and the
/// previous/next links name other briefings, and would otherwise reprint every page that lists an
/// edited title). When in doubt an element is kept: one also matched by a print rule that shows
/// something, or with its own <c>style</c> attribute.
/// </summary>
public sealed class PrintedContent
{
    private readonly string? _hidden;
    private readonly string? _shown;

    public PrintedContent(PrintRules rules)
    {
        _hidden = SelectorList(rules.Hidden);
        _shown = SelectorList(rules.Shown);
    }

    /// <summary><paramref name="html"/> without what prints as nothing, serialised again; unchanged when nothing is hidden.</summary>
    public string Of(string html)
    {
        if (_hidden is null)
        {
            return html;
        }

        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(_hidden).ToList())
        {
            if (!element.HasAttribute("style") && (_shown is null || !element.Matches(_shown)))
            {
                element.Remove();
            }
        }

        return document.DocumentElement.OuterHtml;
    }

    /// <summary>The selectors the HTML parser can match, as one list; null when there are none.</summary>
    private static string? SelectorList(IEnumerable<string> selectors)
    {
        var probe = new HtmlParser().ParseDocument("");
        var readable = selectors.Where(s => Readable(probe, s)).ToList();
        return readable.Count == 0 ? null : string.Join(", ", readable);
    }

    private static bool Readable(IDocument probe, string selector)
    {
        try
        {
            probe.QuerySelector(selector);
            return true;
        }
        catch (DomException)
        {
            return false;
        }
    }
}
