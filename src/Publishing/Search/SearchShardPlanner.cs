using System.Text;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Splits the index's terms into shards keyed by a term prefix: one shard per first character,
/// and a shard larger than the bound is split again by the next character (its key itself, when
/// it is a term, stays behind in a shard of its own). Shards therefore stay near the bound however
/// the archive's words are spread, and a query loads only the shards its terms can fall in.
/// </summary>
public static class SearchShardPlanner
{
    /// <summary>Measured at 10,000 briefings: 64 KB shards keep a query's download small with about a thousand files.</summary>
    public const int DefaultMaxBytes = 64 * 1024;

    public static IReadOnlyList<SearchShard> Plan(IReadOnlyList<SearchPosting> postings, int maxBytes = DefaultMaxBytes)
    {
        var shards = new List<SearchShard>();
        SplitByNextCharacter(postings, 0, shards, maxBytes);
        shards.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return shards;
    }

    /// <summary>The bytes a posting takes in a shard before grouping: its term and its gap-encoded holders.</summary>
    public static int EstimatedBytes(SearchPosting posting) =>
        Encoding.UTF8.GetByteCount(posting.Term) + 1 + HolderEncoding.Length(posting.Holders);

    private static void Place(IReadOnlyList<SearchPosting> terms, string key, List<SearchShard> shards, int maxBytes)
    {
        if (terms.Sum(EstimatedBytes) <= maxBytes || terms.All(t => t.Term.Length == key.Length))
        {
            shards.Add(new SearchShard(key, terms));
            return;
        }

        var own = terms.Where(t => t.Term.Length == key.Length).ToList();
        if (own.Count > 0)
        {
            shards.Add(new SearchShard(key, own));
        }

        SplitByNextCharacter([.. terms.Where(t => t.Term.Length > key.Length)], key.Length, shards, maxBytes);
    }

    private static void SplitByNextCharacter(IReadOnlyList<SearchPosting> terms, int length, List<SearchShard> shards, int maxBytes)
    {
        foreach (var group in terms.GroupBy(t => t.Term[..(length + 1)], StringComparer.Ordinal))
        {
            Place([.. group], group.Key, shards, maxBytes);
        }
    }
}
