using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>Proposes topics for a seed from the configured keywords of its language.</summary>
public static class TopicProposer
{
    public static List<string> Propose(string text, string language, SiteConfig config)
    {
        var proposed = new List<string>();
        foreach (var topic in config.Topics)
        {
            if (!topic.Keywords.TryGetValue(language, out var keywords))
            {
                continue;
            }

            var hits = keywords.Sum(k => CountOccurrences(text, k));
            if (hits >= config.Import.TopicMinimumHits)
            {
                proposed.Add(topic.Id);
            }
        }

        return proposed;
    }

    private static int CountOccurrences(string text, string keyword)
    {
        if (keyword.Length == 0)
        {
            return 0;
        }

        var count = 0;
        for (var at = text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(keyword, at + keyword.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
