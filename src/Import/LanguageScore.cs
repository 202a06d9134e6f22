namespace BriefingSite.Import;

/// <summary>How strongly a text looks like one language, and why, in words a person can check.</summary>
public sealed record LanguageScore(string Code, int Score, string Reason);
