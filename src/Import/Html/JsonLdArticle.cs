using System.Text.Json;
using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// The article a page describes in JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>, read
/// as data, never run): the first object typed <c>Article</c>, <c>NewsArticle</c>,
/// <c>ScholarlyArticle</c>, <c>Report</c> or the like, also inside <c>@graph</c> or an array.
/// </summary>
public sealed record JsonLdArticle(string? Headline, IReadOnlyList<string>? Authors, string? Published, string? Publisher)
{
    private const int MaxScriptChars = 1_000_000;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = script.TextContent;
            if (json.Length > MaxScriptChars)
            {
                continue;
            }

            try
            {
                using var parsed = JsonDocument.Parse(json, Options);
                if (Objects(parsed.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } found)
                {
                    return new JsonLdArticle(Text(found, "headline") ?? Text(found, "name"), Names(found, "author"), Text(found, "datePublished"), Names(found, "publisher")?.FirstOrDefault());
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD says nothing; its other metadata still count.
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).SelectMany(Objects),
        JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array => [element, .. graph.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)],
        JsonValueKind.Object => [element],
        _ => [],
    };

    private static bool IsArticle(JsonElement element) =>
        element.TryGetProperty("@type", out var type) && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()])
            .Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "Report" or "BlogPosting" or "WebPage" && element.TryGetProperty("headline", out _));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

    /// <summary>Names of a person or organisation property: a string, an object with <c>name</c>, or an array of either.</summary>
    private static List<string>? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = items.Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Text(i, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToList();
        return names.Count > 0 ? names : null;
    }
}
