using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>The caption of a figure: a <c>figcaption</c>, or MediaWiki's thumbnail and gallery captions.</summary>
public static class HtmlFigure
{
    public static string? Caption(IElement figure) =>
        figure.QuerySelector("figcaption, .thumbcaption, .gallerytext, .caption") is { } caption && HtmlText.Collapse(caption.TextContent) is { Length: > 0 } text
            ? text
            : null;
}
