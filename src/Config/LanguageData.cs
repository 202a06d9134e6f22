namespace BriefingSite.Config;

/// <summary>What CLDR says about one language (an entry of <c>src/Config/Data/languages.yml</c>).</summary>
public sealed record LanguageData
{
    /// <summary><c>rtl</c> or <c>ltr</c>.</summary>
    public string Direction { get; init; } = "";

    /// <summary>The script its texts are written in: <c>arabic</c>, <c>latin</c> and so on.</summary>
    public string Script { get; init; } = "";

    /// <summary>Digits of its CLDR default numbering system, as a <see cref="DigitSet"/> name; empty means western.</summary>
    public string? Digits { get; init; }

    /// <summary>CLDR cardinal plural rules by category; a number no rule matches is <c>other</c>.</summary>
    public Dictionary<string, string> Plurals { get; init; } = [];

    /// <summary>How this language names others, by their code; its own code gives its own name.</summary>
    public Dictionary<string, string> Names { get; init; } = [];
}
