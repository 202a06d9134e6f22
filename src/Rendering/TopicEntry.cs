namespace BriefingSite.Rendering;

/// <summary>A topic in the topic index, with its localised briefing count.</summary>
public sealed record TopicEntry(string Label, string Url, string Count);
