namespace BriefingSite.Config;

/// <summary>A bilingual topic: one id, a label per language, and keywords per language for the importer.</summary>
public sealed record TopicConfig
{
    public string Id { get; init; } = "";

    public Dictionary<string, string> Labels { get; init; } = [];

    public Dictionary<string, List<string>> Keywords { get; init; } = [];

    public string LabelIn(string language) => Labels.TryGetValue(language, out var label) ? label : Id;
}
