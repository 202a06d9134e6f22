namespace BriefingSite.Rendering;

/// <summary>The note on a translation whose original was revised after it was made, in the reader's language, with a link to the original.</summary>
public sealed record StaleTranslationNotice(string Text, LinkView Original);
