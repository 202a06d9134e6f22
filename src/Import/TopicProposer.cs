using System.Text.RegularExpressions;
using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// Proposes topics for a seed from the configured keywords of its language. A topic is proposed
/// when its keywords occur at least <c>topic_minimum_hits</c> times and at least
/// <c>topic_minimum_per_thousand_words</c> times per thousand words, so a country named in
/// passing does not become a topic. Latin keywords match at the start of a word ("Iran" in
/// "Iranian", not in "Tehranis"); Arabic ones anywhere, since Arabic attaches prefixes
/// (<c>و</c>، <c>ب</c>، <c>ال</c>). Overlapping keywords count once.
/// </summary>
public static class TopicProposer
{
    public static List<string> Propose(string text, string language, SiteConfig config)
    {
        var words = Math.Max(1, HeadingDetector.WordCount(text.Replace('\n', ' ')));
        var proposed = new List<string>();
        foreach (var topic in config.Topics)
        {
            if (!topic.Keywords.TryGetValue(language, out var keywords) || keywords.Count == 0)
            {
                continue;
            }

            var hits = CountHits(text, keywords);
            if (hits >= config.Import.TopicMinimumHits && hits * 1000.0 / words >= config.Import.TopicMinimumPerThousandWords)
            {
                proposed.Add(topic.Id);
            }
        }

        return proposed;
    }

    /// <summary>Non-overlapping occurrences of any keyword, longest keyword first.</summary>
    public static int CountHits(string text, IEnumerable<string> keywords)
    {
        var alternatives = keywords.Where(k => k.Length > 0).OrderByDescending(k => k.Length)
            .Select(k => (k[0] is >= 'A' and <= 'z' ? @"\b" : "") + Regex.Escape(k));
        var pattern = new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return pattern.Count(text);
    }
}
