namespace BriefingSite.Config;

/// <summary>
/// A language's CLDR cardinal plural rules, read from data (<c>src/Config/Data/languages.yml</c>)
/// rather than switched on codes: Arabic has six forms (دقيقة واحدة، دقيقتان، ٣ دقائق، ١١ دقيقة),
/// English two, Chinese one. The words for each form live in theme/i18n.
/// </summary>
public sealed class PluralRule
{
    /// <summary>Every CLDR plural category, in CLDR's order.</summary>
    public static IReadOnlyList<string> AllCategories { get; } = ["zero", "one", "two", "few", "many", "other"];

    private readonly IReadOnlyList<(string Category, Func<long, bool> Matches)> _rules;

    private PluralRule(IReadOnlyList<(string Category, Func<long, bool> Matches)> rules) => _rules = rules;

    /// <summary>A language with no plural forms: every number is <c>other</c> (Chinese).</summary>
    public static PluralRule OtherOnly { get; } = new([]);

    /// <summary>The categories this language uses, <c>other</c> always last.</summary>
    public IReadOnlyList<string> Categories => [.. _rules.Select(r => r.Category), "other"];

    /// <summary>
    /// Rules as CLDR writes them, category by category (<c>few: "n % 100 = 3..10"</c>).
    /// Throws <see cref="FormatException"/> naming the category for a rule it cannot read.
    /// </summary>
    public static PluralRule Parse(IReadOnlyDictionary<string, string> rules)
    {
        var parsed = new List<(string, Func<long, bool>)>();
        foreach (var category in AllCategories.Where(rules.ContainsKey))
        {
            if (category == "other")
            {
                continue;
            }

            try
            {
                parsed.Add((category, PluralRuleParser.Parse(rules[category])));
            }
            catch (FormatException ex)
            {
                throw new FormatException($"plural rule '{category}: {rules[category]}': {ex.Message}", ex);
            }
        }

        var unknown = rules.Keys.FirstOrDefault(k => !AllCategories.Contains(k));
        return unknown is null
            ? new PluralRule(parsed)
            : throw new FormatException($"'{unknown}' is not a plural category ({string.Join(", ", AllCategories)})");
    }

    /// <summary>The category of a whole number (its absolute value, as CLDR says): the first rule that matches, else <c>other</c>.</summary>
    public string Category(long n)
    {
        foreach (var (category, matches) in _rules)
        {
            if (matches(Math.Abs(n)))
            {
                return category;
            }
        }

        return "other";
    }
}
