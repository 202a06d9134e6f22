using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// Finds the element that holds a page's text once <see cref="HtmlChrome"/> has removed the
/// chrome: the page's own <c>article</c> or <c>main</c> when it holds most of the paragraph text,
/// else, as Readability does, the element whose paragraphs score best (longer paragraphs and more
/// commas score higher, links lower; <c>class</c>/<c>id</c> words such as <c>content</c> or
/// <c>comment</c> weigh in).
/// </summary>
public static partial class MainContentFinder
{
    private const int MinParagraphChars = 25;
    private const double MarkedShare = 0.5;
    private const double ClassWeight = 25;

    public static IElement Find(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var total = ParagraphChars(body);
        var marked = body.QuerySelectorAll("article, main, [role=main]")
            .Select(e => (Element: e, Chars: ParagraphChars(e)))
            .OrderByDescending(c => c.Chars)
            .FirstOrDefault();
        if (marked.Element is not null && marked.Chars >= total * MarkedShare)
        {
            return Widest(marked.Element, marked.Chars);
        }

        return BestScored(body) ?? body;
    }

    /// <summary>
    /// An article's heading often sits just outside it (<c>header</c> + <c>article</c> in one
    /// <c>main</c>): the marked elements that hold the same paragraphs, the outermost is taken.
    /// </summary>
    private static IElement Widest(IElement element, int chars)
    {
        var widest = element;
        for (var parent = element.ParentElement; parent is not null && parent.LocalName is not ("body" or "html"); parent = parent.ParentElement)
        {
            if (parent.Matches("article, main, [role=main]") && ParagraphChars(parent) == chars)
            {
                widest = parent;
            }
        }

        return widest;
    }

    private static IElement? BestScored(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p, pre, td, li, blockquote"))
        {
            var text = HtmlText.Collapse(paragraph.TextContent);
            if (text.Length < MinParagraphChars)
            {
                continue;
            }

            var score = 1 + text.Count(c => c is ',' or '،') + Math.Min(text.Length / 100, 3);
            var ancestor = paragraph.ParentElement;
            for (var level = 1; ancestor is not null && level <= 3; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = Weight(ancestor);
                }

                scores[ancestor] += score / (level == 1 ? 1.0 : level == 2 ? 2.0 : level * 3.0);
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(s => s.Value * (1 - LinkDensity(s.Key))).Key;
    }

    private static double Weight(IElement element)
    {
        var words = (element.ClassName ?? "") + " " + (element.Id ?? "");
        return (Positive().IsMatch(words) ? ClassWeight : 0) - (Negative().IsMatch(words) ? ClassWeight : 0);
    }

    private static double LinkDensity(IElement element)
    {
        var length = element.TextContent.Length;
        return length == 0 ? 0 : element.QuerySelectorAll("a").Sum(a => a.TextContent.Length) / (double)length;
    }

    private static int ParagraphChars(IElement element) =>
        element.QuerySelectorAll("p, pre, li, td, blockquote").Where(p => p.ParentElement?.Closest("p, li, td, blockquote") is not { } outer || !element.Contains(outer))
            .Sum(p => HtmlText.Collapse(p.TextContent).Length);

    [GeneratedRegex("article|body|content|entry|main|page|post|text|blog|story", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();

    [GeneratedRegex("comment|meta|footer|sidebar|share|related|widget|promo|sponsor|banner", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
