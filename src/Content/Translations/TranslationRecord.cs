namespace BriefingSite.Content.Translations;

/// <summary>
/// What a translation was made from (front-matter <c>translation_of</c>): the original's
/// language, a fingerprint of the original's title and text (<see cref="TextFingerprint"/>),
/// and the day the translation was confirmed to match it. The original is the page in that
/// language with the same <c>translation_key</c>.
/// </summary>
public sealed record TranslationRecord
{
    /// <summary>Language code of the original.</summary>
    public string Language { get; init; } = "";

    /// <summary>SHA-256 (lowercase hex) of the original's normalised title and body when the translation was confirmed.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary>The day the translation was confirmed against the original, <c>yyyy-MM-dd</c>.</summary>
    public string Confirmed { get; init; } = "";
}
