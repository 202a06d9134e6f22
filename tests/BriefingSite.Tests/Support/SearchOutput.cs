using System.Text.Json;
using BriefingSite.Publishing.Search;

namespace BriefingSite.Tests.Support;

/// <summary>
/// The search scripts of a built site read back: the index file (languages, documents, shard keys)
/// and every shard's terms with their holders, decoded independently of search.js.
/// </summary>
public sealed class SearchOutput
{
    private const string IndexPrefix = "window.BRIEFING_SEARCH_INDEX = ";
    private const string ShardPrefix = "window.BRIEFING_SEARCH.add(";

    private SearchOutput(JsonElement index, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int[]>> shards)
    {
        Index = index;
        Shards = shards;
    }

    public JsonElement Index { get; }

    /// <summary>Shard key → term → holders, for every shard file present.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int[]>> Shards { get; }

    public IReadOnlyList<string> Keys => [.. Index.GetProperty("shards").EnumerateArray().Select(k => k.GetString()!)];

    public IReadOnlyList<JsonElement> Docs => [.. Index.GetProperty("docs").EnumerateArray()];

    /// <summary>Every term of every shard with its holders: what the one-file index used to hold.</summary>
    public IReadOnlyDictionary<string, int[]> AllTerms =>
        Shards.Values.SelectMany(s => s).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    public static SearchOutput Read(string output)
    {
        var script = File.ReadAllText(Path.Combine(output, SearchIndexWriter.IndexPath));
        Assert.StartsWith(IndexPrefix, script, StringComparison.Ordinal);
        var index = JsonDocument.Parse(script[IndexPrefix.Length..].TrimEnd().TrimEnd(';')).RootElement;
        var shards = new Dictionary<string, IReadOnlyDictionary<string, int[]>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(output, SearchIndexWriter.Folder), "*.js"))
        {
            // index.js lists the shards; text-<n>.js holds a page's texts for result passages.
            if (Path.GetFileName(file) == "index.js" || Path.GetFileName(file).StartsWith("text-", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            Assert.StartsWith(ShardPrefix, text, StringComparison.Ordinal);
            var call = JsonDocument.Parse("[" + text[ShardPrefix.Length..].TrimEnd().TrimEnd(';').TrimEnd(')') + "]").RootElement;
            shards[call[0].GetString()!] = Decode(call[1]);
        }

        return new SearchOutput(index, shards);
    }

    private static Dictionary<string, int[]> Decode(JsonElement groups)
    {
        var terms = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var group in groups.EnumerateObject())
        {
            var id = 0;
            var holders = group.Name.Split(',').Select(gap => id += int.Parse(gap, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            foreach (var term in group.Value.GetString()!.Split(' '))
            {
                terms.Add(term, holders);
            }
        }

        return terms;
    }
}
