namespace BriefingSite.Tests.Support;

/// <summary>
/// The repository's site plus two translated pairs, one in each direction: an Arabic original
/// with its English translation, and an English original with its Arabic translation. Each
/// translation is confirmed with <c>briefing translations confirm</c>; <see cref="ReviseOriginals"/> edits both originals afterwards.
/// </summary>
public sealed class StaleTranslationSite : IDisposable
{
    public const string ArabicOriginal = "input/ar/briefings/dams-on-the-tigris.md";
    public const string EnglishTranslation = "input/en/briefings/dams-on-the-tigris.md";
    public const string EnglishOriginal = "input/en/briefings/basra-port.md";
    public const string ArabicTranslation = "input/ar/briefings/basra-port.md";

    public StaleTranslationSite()
    {
        Site = TempSite.CopyOfRepository();
        Site.Write(ArabicOriginal, Page("ar", "dams-on-the-tigris", "السدود على دجلة", "dams", null, "تحدّ السدود من تدفق المياه إلى العراق."));
        Site.Write(EnglishTranslation, Page("en", "dams-on-the-tigris", "Dams on the Tigris", "dams", "Adam Reed", "Dams upstream limit the flow into Iraq."));
        Site.Write(EnglishOriginal, Page("en", "basra-port", "The Port of Basra", "basra", null, "The port handles most of Iraq's imports."));
        Site.Write(ArabicTranslation, Page("ar", "basra-port", "ميناء البصرة", "basra", "سارة الكاتب", "يستقبل الميناء معظم واردات العراق."));
    }

    public TempSite Site { get; }

    /// <summary>Runs <c>briefing translations confirm</c> on both translations.</summary>
    public void ConfirmBoth()
    {
        foreach (var file in new[] { EnglishTranslation, ArabicTranslation })
        {
            var (code, _, errors) = CliRunner.Run("translations", "confirm", file, "--root", Site.Root);
            Assert.True(code == 0, errors);
        }
    }

    /// <summary>Adds a paragraph to both originals, as an author revising them would.</summary>
    public void ReviseOriginals()
    {
        Site.Write(ArabicOriginal, Site.Read(ArabicOriginal) + "\nفقرة جديدة أضيفت بعد الترجمة.\n");
        Site.Write(EnglishOriginal, Site.Read(EnglishOriginal) + "\nA paragraph added after the translation.\n");
    }

    public void Dispose() => Site.Dispose();

    private static string Page(string lang, string slug, string title, string key, string? translator, string text) =>
        $"""
        ---
        title: {title}
        lang: {lang}
        slug: {slug}
        translation_key: {key}
        date: 2024-07-14
        {(translator is null ? "" : "translator: " + translator)}
        topics: [iraq]
        ---

        {text}

        ## {title}

        {text}
        """;
}
