using BriefingSite.Pipeline;

namespace BriefingSite.Tests.Support;

/// <summary>
/// The repository's site with Persian added as a maintainer would: one <c>languages</c> entry
/// (code and culture; the rest from CLDR data) and the theme's <c>theme/i18n/fa.yml</c>. One
/// briefing exists in all three languages, one in Persian only; built into a temp folder.
/// </summary>
public sealed class ThreeLanguageSite : IDisposable
{
    public const string Persian = "fa/briefings/water-and-the-tigris.html";
    public const string PersianOnly = "fa/briefings/nowruz-statement.html";
    public const string PersianEntry = "  - code: fa\n    culture: fa-IR\n";

    public ThreeLanguageSite()
    {
        Site = TempSite.CopyOfRepository();
        Prepare(Site);
        Result = Site.Build(strict: true, import: false);
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public string Output => Site.Output;

    /// <summary>Turns a copy of the repository's site into the three-language site: the Persian entry and the briefings.</summary>
    public static void Prepare(TempSite site)
    {
        AddLanguage(site, PersianEntry);
        WriteBriefing(site, "ar", "المياه ونهر دجلة", "مقدمة قصيرة عن مياه دجلة في عام 2024.\n\n## السدود\n\nتحدّ السدود من تدفق المياه إلى العراق.");
        WriteBriefing(site, "en", "Water and the Tigris", "A short introduction to the waters of the Tigris in 2024.\n\n## Dams\n\nDams upstream limit the flow into Iraq.");
        WriteBriefing(site, "fa", "آب و رود دجله", "مقدمه‌ای کوتاه دربارهٔ آب‌های دجله در سال 2024.\n\n## سدها\n\nسدهای بالادست جریان آب به عراق را کم می‌کنند.");
        site.Write("input/fa/briefings/nowruz-statement.md", """
            ---
            title: بیانیهٔ نوروز
            lang: fa
            slug: nowruz-statement
            date: 2024-03-20
            authors: [مریم احمدی]
            topics: [iran]
            ---

            نوروز زمان مرور رویدادهای سال گذشته است و این بیانیه آن را می‌گوید.
            """);
    }

    /// <summary>Adds a language the only way a maintainer needs to: one entry under <c>languages:</c> in site.yml.</summary>
    public static void AddLanguage(TempSite site, string entry)
    {
        var config = site.Read("site.yml");
        var topics = config.IndexOf("\n# Bilingual topics", StringComparison.Ordinal);
        site.Write("site.yml", config[..topics].TrimEnd('\n') + "\n" + entry + config[topics..]);
    }

    private static void WriteBriefing(TempSite site, string language, string title, string body) =>
        site.Write($"input/{language}/briefings/water-and-the-tigris.md", $"""
            ---
            title: {title}
            lang: {language}
            slug: water-and-the-tigris
            translation_key: water-tigris
            date: 2024-07-14
            topics: [iraq]
            ---

            {body}
            """);

    public void Dispose() => Site.Dispose();
}
