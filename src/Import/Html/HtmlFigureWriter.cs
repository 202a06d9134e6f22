using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// Writes a page's figures and images into the seed text: each kept image is a block of its own
/// (its <see cref="Images.ImageMarker"/>) with the figure's caption as alt text, and the caption
/// follows as a paragraph. Images inside inline text (a list item, a table cell, a heading) and
/// figures without an image are listed as left out, as are video and audio.
/// </summary>
/// <param name="addBlock">Ends the text written so far and adds a one-line block.</param>
public sealed class HtmlFigureWriter(HtmlImages images, Action<string> addBlock)
{
    public void Figure(IElement figure, bool inline)
    {
        var caption = HtmlFigure.Caption(figure);
        var found = figure.QuerySelectorAll("img").ToList();
        if (found.Count == 0)
        {
            images.LeaveOut(caption);
            return;
        }

        var kept = found.Sum(img => Images(img, caption, inline));
        if (kept > 0 && caption is not null)
        {
            addBlock(caption);
        }
    }

    /// <summary>The images of an <c>img</c> or <c>picture</c>; returns how many were kept.</summary>
    public int Images(IElement element, string? caption, bool inline)
    {
        var kept = 0;
        foreach (var img in element.LocalName == "img" ? [element] : element.QuerySelectorAll("img").ToList())
        {
            if (inline)
            {
                images.LeaveOut(caption ?? img.GetAttribute("alt"));
            }
            else if (images.Keep(img, caption) is { } marker)
            {
                addBlock(marker);
                kept++;
            }
        }

        return kept;
    }

    /// <summary>A figure met inside inline text, or a video or audio element: listed with its caption or alt text.</summary>
    public void LeaveOut(IElement element) =>
        images.LeaveOut(HtmlFigure.Caption(element) ?? element.QuerySelector("img[alt]")?.GetAttribute("alt") ?? element.GetAttribute("alt"));
}
