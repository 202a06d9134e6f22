namespace BriefingSite.Import;

/// <summary>A translator credit: who translated, and from which language when the credit says ("French").</summary>
public sealed record TranslatorCredit(string Name, string? From);
