using BriefingSite.Content;

namespace BriefingSite.Pipeline;

/// <summary>
/// Which pages an edit changed, when it kept the site's shape: then only the outputs showing them
/// need making again. An edit that adds or removes a page, or changes a date, topic, language,
/// slug or translation key, reorders listings everywhere: the whole site is made again.
/// </summary>
public static class SiteEdits
{
    /// <summary>
    /// The pages that changed, each old page to its new one (by reference), when none changed the
    /// site's shape; null when one did. Unchanged files come back from the page cache as the very same objects.
    /// </summary>
    public static Dictionary<Page, Page>? Between(Site before, Site after)
    {
        if (before.Pages.Count != after.Pages.Count)
        {
            return null;
        }

        var edited = new Dictionary<Page, Page>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < after.Pages.Count; i++)
        {
            var (old, now) = (before.Pages[i], after.Pages[i]);
            if (ReferenceEquals(old, now))
            {
                continue;
            }

            if (!SameShape(old, now))
            {
                return null;
            }

            edited[old] = now;
        }

        return edited;
    }

    /// <summary>Where the page is listed and next to what (<see cref="PagePlace"/>), and which files it brings along.</summary>
    private static bool SameShape(Page a, Page b) =>
        PagePlace.Same(a, b)
        // A page's images are copied when the whole site is made.
        && a.Images.SequenceEqual(b.Images);
}
