using BriefingSite.Publishing.Search;

namespace BriefingSite.Tests.Publishing;

/// <summary>Shard keys are term prefixes that split the terms into bounded shards; holders round-trip through their gap encoding.</summary>
public sealed class SearchShardPlannerTests
{
    private static readonly SearchPosting[] Postings =
    [
        .. new[] { "a", "ab", "abc", "abd", "abe", "ac", "b", "ba", "عراق", "عرب", "علم" }
            .Select((term, i) => new SearchPosting(term, [.. Enumerable.Range(0, 40 * (i + 1)).Select(n => n * 3)])),
    ];

    [Fact]
    public void Every_term_lands_in_the_shard_of_its_longest_key_prefix_and_shards_respect_the_bound()
    {
        const int max = 400;
        var shards = SearchShardPlanner.Plan(Postings, max);
        var keys = shards.Select(s => s.Key).ToList();

        Assert.Equal(Postings.Select(p => p.Term).Order(StringComparer.Ordinal), shards.SelectMany(s => s.Postings).Select(p => p.Term).Order(StringComparer.Ordinal));
        Assert.All(shards, shard => Assert.All(shard.Postings, p => Assert.Equal(shard.Key, keys.Where(k => p.Term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length))));
        Assert.All(shards, shard => Assert.True(shard.Postings.Count == 1 || shard.Postings.Sum(SearchShardPlanner.EstimatedBytes) <= max, shard.Key));
        Assert.Contains("ab", keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void A_bound_larger_than_the_index_gives_one_shard_per_first_letter()
    {
        var keys = SearchShardPlanner.Plan(Postings, int.MaxValue).Select(s => s.Key);

        Assert.Equal(["a", "b", "ع"], keys);
    }

    [Theory]
    [InlineData(new[] { 0 }, "0")]
    [InlineData(new[] { 3, 4, 8 }, "3,1,4")]
    [InlineData(new[] { 0, 1, 2, 1000, 1001 }, "0,1,1,998,1")]
    public void Holders_are_written_as_gaps(int[] holders, string encoded)
    {
        Assert.Equal(encoded, HolderEncoding.Encode(holders));
        Assert.Equal(encoded.Length, HolderEncoding.Length(holders));
    }

    [Fact]
    public void The_extractor_gives_the_distinct_terms_the_normaliser_gives()
    {
        var extractor = new SearchTermExtractor();
        var seeds = Directory.EnumerateFiles(Path.Combine(Support.RepoPaths.Root, "seeds"), "*.txt").Select(File.ReadAllText);
        foreach (var text in NormalisationTable.Texts.Select(t => t.Text).Concat(seeds))
        {
            var numbers = new HashSet<int>();
            extractor.AddTerms(text, numbers);
            extractor.AddTerms(text, numbers);

            var terms = extractor.Terms();
            Assert.Equal(SearchNormaliser.Terms(text).Distinct().Order(StringComparer.Ordinal), numbers.Select(n => terms[n]!).Order(StringComparer.Ordinal));
        }
    }
}
