namespace BriefingSite.Publishing.Search;

/// <summary>
/// The terms whose longest shard key prefix is <see cref="Key"/>: a reader's browser loads a
/// shard only when a query term starts with its key or its key starts with the query term.
/// </summary>
public sealed record SearchShard(string Key, IReadOnlyList<SearchPosting> Postings);
