namespace BriefingSite.Rendering;

/// <summary>
/// Shown on a briefing that has no version in <see cref="Lang"/>, written in that language: where the
/// language switcher leads, it says so and offers that language's briefings on the same topics.
/// </summary>
public sealed record MissingTranslation(string Lang, string Dir, string Anchor, string Message, string SameTopics, LinkView Home, IReadOnlyList<BriefingCard> Cards);
