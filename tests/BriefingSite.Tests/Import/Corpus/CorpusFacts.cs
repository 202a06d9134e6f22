using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingSite.Tests.Import.Corpus;

/// <summary>
/// What a person reading a corpus text found in it (<c>&lt;name&gt;.facts.json</c>): the yardstick
/// the importer's output is scored against. Fields a text does not state are null or empty.
/// </summary>
public sealed record CorpusFacts
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public string Lang { get; init; } = "";

    public string? Title { get; init; }

    public List<string>? Authors { get; init; }

    /// <summary>ISO <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; init; }

    public string? Publisher { get; init; }

    public List<ExpectedHeading> SectionHeadings { get; init; } = [];

    /// <summary>How many notes (footnotes or endnotes) the text has.</summary>
    public int Notes { get; init; }

    public List<string> MustSurvive { get; init; } = [];

    /// <summary>Exact strings of page furniture (chrome, running footers) that must not reach the body.</summary>
    public List<string> Furniture { get; init; } = [];

    /// <summary>
    /// Regular expressions (multi-line) for repeated furniture too numerous to list, such as
    /// every running footer "Page 12 GAO-06-1046 Grants Management".
    /// </summary>
    public List<string> FurniturePatterns { get; init; } = [];

    /// <summary>Metadata fields (<c>title</c>, <c>authors</c>, <c>date</c>, <c>publisher</c>) known but not printed in the text itself.</summary>
    public List<string> NotStated { get; init; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement> Other { get; init; } = [];

    public static CorpusFacts Load(string path)
    {
        var facts = JsonSerializer.Deserialize<CorpusFacts>(File.ReadAllText(path), Options);
        return facts ?? throw new InvalidDataException(path + ": empty facts file");
    }
}
