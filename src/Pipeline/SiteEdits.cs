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
    /// Source files whose page changed, when none changed the site's shape; null when one did.
    /// Unchanged files come back from the page cache as the very same objects.
    /// </summary>
    public static HashSet<string>? Between(Site before, Site after)
    {
        if (before.Pages.Count != after.Pages.Count)
        {
            return null;
        }

        var edited = new HashSet<string>(StringComparer.Ordinal);
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

            edited.Add(now.SourcePath);
        }

        return edited;
    }

    /// <summary>Everything that decides where a page is listed, in what order and next to what, and which files it brings along.</summary>
    private static bool SameShape(Page a, Page b) =>
        a.SourcePath == b.SourcePath
        && a.OutputPath == b.OutputPath
        && a.Kind == b.Kind
        && a.SortDate == b.SortDate
        && a.Meta.TranslationKey == b.Meta.TranslationKey
        && a.Meta.Topics.SequenceEqual(b.Meta.Topics, StringComparer.Ordinal)
        // A page's images are copied when the whole site is made.
        && a.Images.SequenceEqual(b.Images);
}
