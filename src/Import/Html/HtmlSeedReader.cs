using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import.Images;

namespace BriefingSite.Import.Html;

/// <summary>
/// A saved web page (<c>.html</c>, <c>.htm</c>) as text for the importer. The page is parsed by
/// AngleSharp's HTML parser alone: no browsing context, so nothing is fetched and no script runs.
/// Its declared properties are read first (<see cref="HtmlProperties"/>, from tags the chrome
/// removal takes away), then <see cref="HtmlChrome"/> removes the chrome,
/// <see cref="MainContentFinder"/> picks the article and <see cref="HtmlTextRenderer"/> writes it
/// with its stated headings.
/// </summary>
/// <remarks>
/// Measured against SmartReader 0.11.1 (a port of Mozilla's Readability) on the corpus pages:
/// both kept every MediaWiki note and no chrome, but SmartReader kept the page's contents box
/// ("Contents", a false heading) and dropped the dateline of the three state.gov pages (who
/// issued the statement and when), so their date and publisher were lost. These rules keep
/// them, need no further package, and keep or leave out images by rule rather than by score.
/// </remarks>
public static class HtmlSeedReader
{
    /// <summary>What the seed's <see cref="SeedText.Encoding"/> says when the page declared no charset of its own.</summary>
    public const string ExtractorName = "HTML main text (AngleSharp rules)";

    /// <param name="seedFolder">The folder the page was saved in, where its local images are found; null reads none.</param>
    /// <param name="settings">The importer's settings (the notes heading); the defaults when null.</param>
    public static SeedText Read(byte[] bytes, string displayName, string? seedFolder = null, ImportConfig? settings = null)
    {
        var (html, encoding) = HtmlDecoder.Decode(bytes, displayName);
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        CheckDepth(document, displayName);
        // Only the renderer may place an image marker: the page's own text cannot forge one.
        foreach (var text in document.DocumentElement.Descendants<IText>())
        {
            text.Data = ImageMarker.Sanitize(text.Data);
        }

        var h1 = document.Body?.QuerySelector("h1") is { } first && HtmlText.Collapse(first.TextContent) is { Length: > 0 } heading ? heading : null;
        var properties = HtmlProperties.Read(document, h1);
        HtmlChrome.Remove(document);
        var main = MainContentFinder.Find(document);
        var notes = NoteLists.Find(document.DocumentElement);

        // The title printed above the article (in the page header) leads the text, as it leads the page.
        var title = main.QuerySelector("h1") is null && document.Body?.QuerySelector("h1") is { } outside ? HtmlText.Collapse(outside.TextContent) : null;
        var language = properties.LanguageCode ?? "";
        var notesHeading = (settings ?? new ImportConfig()).NotesHeadingFor(language);
        var rendering = HtmlTextRenderer.Render(main, notes, title is { Length: > 0 } ? title : null, notesHeading, displayName, new HtmlImages(seedFolder));
        if (string.IsNullOrWhiteSpace(rendering.Text))
        {
            throw new SiteException(displayName, "the page has no text to import (only scripts, images or navigation); save the article's page itself");
        }

        return new SeedText(displayName, rendering.Text, encoding, bytes)
        {
            Extractor = ExtractorName,
            LeftOut = Summarise(rendering.LeftOut),
            Properties = properties,
            Headings = rendering.Headings,
            Images = rendering.Images,
        };
    }

    /// <summary>Refuses a page nested deeper than <see cref="HtmlTextRenderer.MaxDepth"/>, counted without recursion.</summary>
    private static void CheckDepth(IDocument document, string displayName)
    {
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((document.DocumentElement, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > HtmlTextRenderer.MaxDepth)
            {
                throw new SiteException(displayName, $"the page's HTML is nested too deep (over {HtmlTextRenderer.MaxDepth} elements inside each other); save the article alone and import that");
            }

            foreach (var child in node.ChildNodes.OfType<IElement>())
            {
                stack.Push((child, depth + 1));
            }
        }
    }

    /// <summary>Images for the report, each with its alt text or caption, at most a few dozen named.</summary>
    private static IReadOnlyList<string> Summarise(IReadOnlyList<string> leftOut)
    {
        const int Named = 30;
        return leftOut.Count <= Named ? leftOut : [.. leftOut.Take(Named), $"{leftOut.Count - Named} more images left out"];
    }
}
