namespace BriefingSite.Content;

/// <summary>
/// Picks a briefing's related briefings (by default: in other languages, its translation left out)
/// in one pass over the newest-first list: the first few at each number of shared topics, stopping
/// as soon as the best possible level is full. Gives the same order as sorting every candidate by
/// (shared topics, date, slug). Every list of "related" cards goes through here, so none grows with the site.
/// </summary>
public static class RelatedFinder
{
    public static IReadOnlyList<Page> Find(Page page, IReadOnlyList<Page> newestFirst, int limit, Func<Page, bool>? isCandidate = null)
    {
        isCandidate ??= candidate => candidate.Language != page.Language && !IsTranslationPair(candidate, page);
        var topics = page.Meta.Topics.Distinct(StringComparer.Ordinal).ToArray();
        if (topics.Length == 0 || limit <= 0)
        {
            return [];
        }

        // byShared[s] holds, in newest-first order, the first candidates sharing exactly s topics.
        var byShared = new List<Page>[topics.Length + 1];
        foreach (var candidate in newestFirst)
        {
            if (!isCandidate(candidate))
            {
                continue;
            }

            var shared = topics.Count(candidate.Meta.Topics.Contains);
            if (shared == 0)
            {
                continue;
            }

            var level = byShared[shared] ??= [];
            if (level.Count < limit)
            {
                level.Add(candidate);
            }

            if (byShared[topics.Length]?.Count >= limit)
            {
                break;
            }
        }

        var related = new List<Page>(limit);
        for (var shared = topics.Length; shared > 0 && related.Count < limit; shared--)
        {
            if (byShared[shared] is { } level)
            {
                related.AddRange(level.Take(limit - related.Count));
            }
        }

        return related;
    }

    private static bool IsTranslationPair(Page a, Page b) =>
        a.Meta.TranslationKey is not null && a.Meta.TranslationKey == b.Meta.TranslationKey;
}
