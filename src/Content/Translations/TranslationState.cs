namespace BriefingSite.Content.Translations;

/// <summary>
/// A translation measured against its original: <see cref="Stale"/> when the original's text or
/// title no longer has the fingerprint the translation recorded.
/// </summary>
public sealed record TranslationState(Page Translation, Page Original, DateOnly Confirmed, bool Stale)
{
    /// <summary>
    /// The state of <paramref name="page"/>'s <c>translation_of</c> record; null when it has none
    /// or its original (the page in the recorded language with the same key) is not in the site.
    /// The record names its language by code (front-matter text), checked at load to be a site language.
    /// </summary>
    public static TranslationState? Of(Site site, Page page)
    {
        if (page.Meta.TranslationOf is not { } record
            || site.TranslationOf(page, site.Config.Language(record.Language)) is not { } original
            || TranslationRecordRule.ConfirmedDate(record) is not { } confirmed)
        {
            return null;
        }

        return new TranslationState(page, original, confirmed, TextFingerprint.Of(original) != record.Sha256);
    }
}
