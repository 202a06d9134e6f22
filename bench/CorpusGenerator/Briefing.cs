namespace BriefingSite.Bench.Corpus;

/// <summary>One generated briefing, written both as a Briefing Site input file and as Hugo content.</summary>
public sealed record Briefing(
    string Language,
    string Slug,
    string Title,
    DateOnly Date,
    IReadOnlyList<string> Authors,
    string? TranslationKey,
    IReadOnlyList<string> Topics,
    string Summary,
    string? Abstract,
    string Body);
