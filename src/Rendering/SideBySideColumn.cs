namespace BriefingSite.Rendering;

/// <summary>One language of a side-by-side view: its label, the briefing's title and full page.</summary>
public sealed record SideBySideColumn(string Lang, string Dir, string LanguageName, LinkView Briefing);
