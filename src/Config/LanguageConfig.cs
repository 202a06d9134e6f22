using System.Globalization;

namespace BriefingSite.Config;

/// <summary>
/// One site language, the only object that stands for it once <c>site.yml</c> is loaded: the
/// settings of its <c>languages</c> entry, completed and checked by <see cref="LanguageResolver"/>
/// from built-in CLDR data (names, direction, script, plural rules) and its culture and calendar.
/// Direction is configured or known, never guessed from text (Hugo's rule).
/// </summary>
public sealed record LanguageConfig
{
    private LanguageResolution? _resolution;

    /// <summary>BCP 47 code used in URLs and <c>lang</c> attributes: <c>ar</c>, <c>en</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>The language's own name, shown in the language switcher; CLDR's when not set.</summary>
    public string Name { get; init; } = "";

    /// <summary><c>rtl</c> or <c>ltr</c>; CLDR's when not set.</summary>
    public string Direction { get; init; } = "";

    /// <summary>.NET culture for dates and numbers: <c>ar-IQ</c> gives Iraqi month names (تموز).</summary>
    public string Culture { get; init; } = "";

    /// <summary>Calendar of dates: <c>gregorian</c> unless set (the culture never decides it).</summary>
    public string Calendar { get; init; } = LanguageCulture.Gregorian;

    /// <summary>Format of full dates in this language.</summary>
    public string DateFormat { get; init; } = "d MMMM yyyy";

    /// <summary>Script whose letters identify this language in raw seed text: <c>arabic</c> or <c>latin</c>; CLDR's when not set.</summary>
    public string Script { get; init; } = "";

    /// <summary>Reading speed used for the "minutes to read" estimate.</summary>
    public int WordsPerMinute { get; init; } = 200;

    /// <summary>Digits in dates, counts and reading times: <c>western</c> (0-9), <c>arabic-indic</c> (٠-٩) or <c>persian</c> (۰-۹); CLDR's default numbering system when not set.</summary>
    public string Digits { get; init; } = "";

    /// <summary>How this language names the other site languages, by their code, where the built-in CLDR data lacks it.</summary>
    public Dictionary<string, string> Names { get; init; } = [];

    /// <summary>CLDR plural rules by category, for a language the built-in data does not know; empty means one form for every number.</summary>
    public Dictionary<string, string>? Plurals { get; init; }

    public bool IsRightToLeft => Direction == "rtl";

    /// <summary>CLDR plural rules, so counts take the right form (<c>reading_time_few</c>).</summary>
    public PluralRule Plural => Resolved.Plural;

    /// <summary>The culture with the configured calendar, for dates and numbers.</summary>
    public CultureInfo FormatCulture => Resolved.Culture;

    /// <summary>This language's name as a reader of <paramref name="reader"/> calls it ("الإنجليزية" for English, to an Arabic reader).</summary>
    public string NameIn(LanguageConfig reader) => Resolved.NamesByReader[reader.Code];

    /// <summary>
    /// One language is one code in a site: a page kept by serve's page cache holds the object of an
    /// earlier load of the same <c>site.yml</c> (the cache is dropped when it changes), and is still in the same language.
    /// </summary>
    public bool Equals(LanguageConfig? other) => other is not null && other.Code == Code;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    private LanguageResolution Resolved => _resolution
        ?? throw new InvalidOperationException($"language '{Code}' is used before it is resolved; load it with LanguageResolver");

    /// <summary>A copy carrying what <see cref="LanguageResolver"/> worked out; only it calls this.</summary>
    internal LanguageConfig WithResolution(LanguageResolution resolution)
    {
        var copy = this with { };
        copy._resolution = resolution;
        return copy;
    }
}
