using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingSite.Content;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Writes the index as scripts, which a <c>&lt;script src&gt;</c> loads from file:// too, where
/// fetch is blocked. <c>assets/search/index.js</c> (on the search page) sets
/// <c>window.BRIEFING_SEARCH_INDEX</c>: the languages, the documents and the shard keys. Each shard,
/// <c>assets/search/&lt;key&gt;.js</c>, calls <c>window.BRIEFING_SEARCH.add(key, groups)</c> when
/// <c>theme/assets/search.js</c> inserts it for a query; its groups map gap-encoded holder lists
/// (<see cref="HolderEncoding"/>) to the terms those pages share, space-separated. Each page's texts,
/// <c>assets/search/text-&lt;n&gt;.js</c>, call <c>window.BRIEFING_SEARCH.text(n, texts)</c>: the search
/// page loads them for the results it shows, to show the passage that matched.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = SiteUrls.SearchFolder;

    public const string IndexPath = SiteUrls.SearchIndex;

    private static readonly JsonWriterOptions Json = new()
    {
        // Arabic stays as UTF-8 letters rather than \uXXXX escapes: half the size. Quotes,
        // backslashes and control characters are still escaped, so every value stays a JSON string.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A shard's file: its key's UTF-16 code units in hex ("ab" → 0061-0062.js), safe on any file system.</summary>
    public static string ShardPath(string key) =>
        SiteUrls.SearchShard(string.Join('-', key.Select(c => ((int)c).ToString("x4", CultureInfo.InvariantCulture))));

    public static IReadOnlyList<OutputFile> Write(SearchIndex index) => Write(index, SearchShardPlanner.Plan(index.Postings));

    /// <summary>A page's texts: <c>assets/search/text-&lt;n&gt;.js</c>, n its number in the index (no shard key starts with "text-").</summary>
    public static string TextPath(int doc) => Folder + "text-" + doc.ToString(CultureInfo.InvariantCulture) + ".js";

    public static IReadOnlyList<OutputFile> Write(SearchIndex index, IReadOnlyList<SearchShard> shards)
    {
        var files = new OutputFile[shards.Count + 1];
        files[0] = new OutputFile(IndexPath, "window.BRIEFING_SEARCH_INDEX = " + JsonText(json => WriteIndex(json, index, shards)) + ";\n");
        Parallel.For(0, shards.Count, i =>
        {
            var shard = shards[i];
            var key = JsonText(json => json.WriteStringValue(shard.Key));
            files[i + 1] = new OutputFile(ShardPath(shard.Key), "window.BRIEFING_SEARCH.add(" + key + ", " + JsonText(json => WriteGroups(json, shard)) + ");\n");
        });
        return files;
    }

    /// <summary>
    /// Page <paramref name="doc"/>'s texts file: its searchable text on one line by language, its own (summary and
    /// body) and its whole abstracts in other languages. The search page loads it for shown results only, to cut
    /// the passage that matched.
    /// </summary>
    public static OutputFile TextFile(int doc, IReadOnlyList<KeyValuePair<string, string>> texts) =>
        new(TextPath(doc), "window.BRIEFING_SEARCH.text(" + doc.ToString(CultureInfo.InvariantCulture) + ", " + JsonText(json =>
        {
            json.WriteStartObject();
            foreach (var (lang, text) in texts)
            {
                json.WriteString(lang, text);
            }

            json.WriteEndObject();
        }) + ");\n");

    private static void WriteIndex(Utf8JsonWriter json, SearchIndex index, IReadOnlyList<SearchShard> shards)
    {
        json.WriteStartObject();
        json.WriteStartObject("languages");
        foreach (var (code, language) in index.Languages)
        {
            json.WriteStartObject(code);
            json.WriteString("dir", language.Dir);
            json.WriteStartObject("names");
            foreach (var (reader, name) in language.Names)
            {
                json.WriteString(reader, name);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("shards");
        foreach (var shard in shards)
        {
            json.WriteStringValue(shard.Key);
        }

        json.WriteEndArray();
        json.WriteStartArray("docs");
        foreach (var doc in index.Docs)
        {
            json.WriteStartObject();
            json.WriteString("url", doc.Url);
            json.WriteString("lang", doc.Lang);
            json.WriteString("title", doc.Title);
            json.WriteString("snippet", doc.Snippet);
            if (doc.Abstracts is { } abstracts)
            {
                json.WriteStartObject("abstracts");
                foreach (var (lang, text) in abstracts)
                {
                    json.WriteString(lang, text);
                }

                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Terms held by the same pages share one entry: about half the size of one entry per term.</summary>
    private static void WriteGroups(Utf8JsonWriter json, SearchShard shard)
    {
        var groups = shard.Postings
            .GroupBy(p => HolderEncoding.Encode(p.Holders), p => p.Term, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        json.WriteStartObject();
        foreach (var group in groups)
        {
            json.WriteString(group.Key, string.Join(' ', group));
        }

        json.WriteEndObject();
    }

    private static string JsonText(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
