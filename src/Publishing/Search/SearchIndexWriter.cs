using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Writes the index as a script that sets <c>window.BRIEFING_SEARCH_INDEX</c>: a
/// <c>&lt;script src&gt;</c> loads it from file:// too, where fetch is blocked.
/// </summary>
public static class SearchIndexWriter
{
    public const string OutputPath = "assets/search-index.js";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Arabic stays as UTF-8 letters rather than \uXXXX escapes: half the size.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static OutputFile Write(SearchIndex index) =>
        new(OutputPath, "window.BRIEFING_SEARCH_INDEX = " + JsonSerializer.Serialize(index, Json) + ";\n");
}
