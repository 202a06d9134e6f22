using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// Footnotes as web pages mark them up: MediaWiki (<c>sup.reference</c> linking into
/// <c>ol.references</c>), Markdig and pandoc (<c>a.footnote-ref</c>/<c>fnref</c> into
/// <c>div.footnotes</c>/<c>section.footnotes</c>, <c>role="doc-endnotes"</c>), WordPress and
/// others (<c>a[href^="#fn"]</c>). A note is an element of a notes list with an id; a marker is a
/// link to it from the text or from another note.
/// </summary>
public sealed class NoteLists
{
    public const string ContainerSelector =
        "ol.references, .footnotes, .endnotes, [role=doc-endnotes], [role=doc-footnotes], section#footnotes, div#footnotes, .mw-references-wrap";

    /// <summary>Back links from a note to its marker, left out of the note's text.</summary>
    private const string BackLinkSelector =
        ".mw-cite-backlink, a[href^='#cite_ref'], a[href^='#fnref'], a.footnote-back, a.footnote-backref, a[role=doc-backlink], a.reversefootnote";

    private readonly HashSet<IElement> _notes;

    private NoteLists(List<IElement> containers, List<IElement> notes)
    {
        Containers = containers;
        _notes = [.. notes];
    }

    public IReadOnlyList<IElement> Containers { get; }

    public static bool IsContainer(IElement element) => element.Matches(ContainerSelector);

    public static NoteLists Find(IElement root)
    {
        var containers = root.QuerySelectorAll(ContainerSelector).Where(c => c.ParentElement?.Closest(ContainerSelector) is null).ToList();
        var linkedIds = root.QuerySelectorAll("a[href^='#']")
            .Where(a => !IsBackLink(a))
            .Select(a => Uri.UnescapeDataString(a.GetAttribute("href")![1..]))
            .ToHashSet(StringComparer.Ordinal);
        var notes = new List<IElement>();
        foreach (var container in containers)
        {
            // A note inside another note (a nested paragraph with an id) belongs to the outer one.
            var items = container.QuerySelectorAll("li[id], p[id], div[id]").Where(e => linkedIds.Contains(e.Id!)).ToList();
            notes.AddRange(items.Where(i => !items.Any(outer => outer != i && outer.Contains(i))));
        }

        // Lists of notes that nothing links to are a bibliography: they stay in the text.
        var used = containers.Where(c => notes.Any(c.Contains)).ToList();
        return new NoteLists(used, notes);
    }

    /// <summary>The note a link points to (from the text or from another note), or null when the link is not a note marker.</summary>
    public IElement? NoteOf(IElement link)
    {
        if (link.LocalName != "a" || link.GetAttribute("href") is not ['#', .. var id] || IsBackLink(link))
        {
            return null;
        }

        var target = link.Owner?.GetElementById(Uri.UnescapeDataString(id));
        return target is not null && _notes.Contains(target) && !target.Contains(link) ? target : null;
    }

    public bool IsContainerUsed(IElement element) => Containers.Contains(element);

    /// <summary>A link from a note back to its marker ("^", "↩"), not part of the note's text.</summary>
    public static bool IsBackLink(IElement element) => element.Matches(BackLinkSelector) || element.Closest(".mw-cite-backlink") is not null;
}
