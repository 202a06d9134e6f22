namespace BriefingSite.Config;

/// <summary>One site language. Direction is configured, never guessed (Hugo's rule).</summary>
public sealed record LanguageConfig
{
    /// <summary>BCP 47 code used in URLs and <c>lang</c> attributes: <c>ar</c>, <c>en</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>The language's own name, shown in the language switcher.</summary>
    public string Name { get; init; } = "";

    /// <summary><c>rtl</c> or <c>ltr</c>.</summary>
    public string Direction { get; init; } = "ltr";

    /// <summary>.NET culture for dates and numbers: <c>ar-IQ</c> gives Iraqi month names (تموز).</summary>
    public string Culture { get; init; } = "";

    /// <summary>Format of full dates in this language.</summary>
    public string DateFormat { get; init; } = "d MMMM yyyy";

    /// <summary>Script whose letters identify this language in raw seed text: <c>arabic</c> or <c>latin</c>.</summary>
    public string Script { get; init; } = "latin";

    /// <summary>Reading speed used for the "minutes to read" estimate.</summary>
    public int WordsPerMinute { get; init; } = 200;

    /// <summary>Digits in dates, counts and reading times: <c>western</c> (0-9) or <c>arabic-indic</c> (٠-٩).</summary>
    public string Digits { get; init; } = "western";

    public bool IsRightToLeft => Direction == "rtl";
}
