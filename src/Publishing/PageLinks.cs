namespace BriefingSite.Publishing;

/// <summary>What the link check needs from one HTML page: its links in document order and its anchor ids.</summary>
public sealed record PageLinks(string Path, IReadOnlyList<PageLink> Links, IReadOnlySet<string> Ids);

/// <summary>One <c>href</c> or <c>src</c> attribute value, with the element that carries it.</summary>
public readonly record struct PageLink(string Element, string Attribute, string Value)
{
    /// <summary>An image's source, which the URL policy also allows as <c>data:image/</c>.</summary>
    public bool IsImage => Element == "img" && Attribute == "src";
}
