using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// The pages whose data one output shows (its own page, cards, a translation's title or text),
/// so <c>serve</c> knows which outputs an edit to a page touches. One per output: the renderer
/// makes it and hands it to each builder that reads another page (see <see cref="RenderScope"/>).
/// </summary>
public sealed class ShownPages
{
    private readonly HashSet<Page> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<Page> _pages = [];

    /// <summary>In the order first shown.</summary>
    public IReadOnlyList<Page> Pages => _pages;

    /// <summary>Notes that the output shows <paramref name="page"/>'s data.</summary>
    public void Add(Page page)
    {
        if (_seen.Add(page))
        {
            _pages.Add(page);
        }
    }
}
