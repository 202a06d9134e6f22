using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// Records which pages' data one render shows (its own page, cards, a translation's title or
/// text), so <c>serve</c> knows which outputs an edit to a page touches. Recording is per
/// thread: a render runs on one thread from start to end.
/// </summary>
public static class ShownPages
{
    [ThreadStatic]
    private static HashSet<Page>? _current;

    /// <summary>Renders with <paramref name="render"/> and returns what it made with the pages it showed.</summary>
    public static (T Result, IReadOnlyCollection<Page> Shown) Track<T>(Func<T> render)
    {
        var outer = _current;
        var shown = _current = new HashSet<Page>(ReferenceEqualityComparer.Instance);
        try
        {
            return (render(), shown);
        }
        finally
        {
            _current = outer;
        }
    }

    /// <summary>Notes that the render in progress on this thread shows <paramref name="page"/>'s data.</summary>
    public static void Add(Page page) => _current?.Add(page);
}
