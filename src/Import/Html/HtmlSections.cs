using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// What follows a heading up to the next one: its section. A section that holds nothing but a
/// list of notes ("Footnotes", "References" above MediaWiki's <c>ol.references</c>) has no
/// heading of its own in the import: its notes go to the notes at the end.
/// </summary>
public static class HtmlSections
{
    private const string Headings = "h1, h2, h3, h4, h5, h6";

    public static bool HoldsOnlyNotes(IElement heading, NoteLists notes)
    {
        // MediaWiki wraps a heading with its edit link in a div.mw-heading.
        var start = heading.ParentElement is { } parent && parent.Children.Length == 1 || heading.ParentElement?.ClassList.Contains("mw-heading") == true
            ? heading.ParentElement!
            : heading;
        var holdsNotes = false;
        for (var next = start.NextElementSibling; next is not null && !next.Matches(Headings) && next.QuerySelector(Headings) is null; next = next.NextElementSibling)
        {
            var container = notes.Containers.FirstOrDefault(c => c == next || next.Contains(c));
            if (container is null)
            {
                if (HtmlText.Collapse(next.TextContent).Length > 0)
                {
                    return false;
                }

                continue;
            }

            holdsNotes = true;
            if (HtmlText.Collapse(next.TextContent).Length > HtmlText.Collapse(container.TextContent).Length)
            {
                return false;
            }
        }

        return holdsNotes;
    }
}
