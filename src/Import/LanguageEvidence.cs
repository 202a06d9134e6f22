namespace BriefingSite.Import;

/// <summary>
/// What tells one language from the others of its script in seed text (an entry of
/// <c>src/Import/Data/language-evidence.yml</c>): letters few other languages of its script use,
/// and its commonest words.
/// </summary>
public sealed record LanguageEvidence
{
    /// <summary>What one of its words counts: more than a letter, since a keyboard lends letters but not words.</summary>
    public const int WordWeight = 5;

    /// <summary>Space-separated letters it uses that the other languages of its script mostly do not.</summary>
    public string Letters { get; init; } = "";

    /// <summary>What each of those letters counts.</summary>
    public int LetterWeight { get; init; } = 1;

    /// <summary>Very common words (articles, prepositions, conjunctions), lowercase.</summary>
    public List<string> Words { get; init; } = [];

    /// <summary>The letters, without the spaces between them.</summary>
    public IReadOnlySet<char> LetterSet => _letterSet ??= [.. Letters.Where(c => !char.IsWhiteSpace(c))];

    /// <summary>The words, for lookup.</summary>
    public IReadOnlySet<string> WordSet => _wordSet ??= Words.ToHashSet(StringComparer.Ordinal);

    private HashSet<char>? _letterSet;
    private HashSet<string>? _wordSet;
}
