namespace BriefingSite.Rendering;

/// <summary>
/// The aids at the end of a briefing: the previous (older) and next (newer) briefing in its
/// language, and share links built from its absolute address (none when the site has no base URL).
/// </summary>
public sealed record ReadingAidsView(LinkView? Previous, LinkView? Next, IReadOnlyList<LinkView> Share);
