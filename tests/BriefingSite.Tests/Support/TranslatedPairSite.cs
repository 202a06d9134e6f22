using BriefingSite.Pipeline;

namespace BriefingSite.Tests.Support;

/// <summary>
/// The repository's site plus one briefing written in both languages (the seeds have no translated
/// pair), built into a temp folder: for the side-by-side view and the switcher between twins.
/// </summary>
public sealed class TranslatedPairSite : IDisposable
{
    public const string Arabic = "ar/briefings/water-and-the-tigris.html";
    public const string English = "en/briefings/water-and-the-tigris.html";
    public const string ArabicSideBySide = "ar/side-by-side/water-and-the-tigris.html";
    public const string EnglishSideBySide = "en/side-by-side/water-and-the-tigris.html";

    public TranslatedPairSite()
    {
        Site = TempSite.CopyOfRepository();
        Site.Write("input/ar/briefings/water-and-the-tigris.md", """
            ---
            title: المياه ونهر دجلة
            lang: ar
            slug: water-and-the-tigris
            translation_key: water-tigris
            date: 2024-07-14
            authors: [سارة الكاتب]
            topics: [iraq]
            ---

            مقدمة قصيرة عن مياه دجلة في عام 2024.[^1]

            ## السدود

            تحدّ السدود من تدفق المياه إلى العراق، ويقول تقرير UN-Water إن النقص يتزايد.

            ## الزراعة

            يعتمد المزارعون في الجنوب على النهر.

            [^1]: تقرير وزارة الموارد المائية، 2024.
            """);
        Site.Write("input/en/briefings/water-and-the-tigris.md", """
            ---
            title: Water and the Tigris
            lang: en
            slug: water-and-the-tigris
            translation_key: water-tigris
            date: 2024-07-14
            authors: [Sara Al-Katib]
            translator: Adam Reed
            topics: [iraq]
            ---

            A short introduction to the waters of the Tigris in 2024.[^1]

            ## Dams

            Dams upstream limit the flow into Iraq, and a [UN-Water report](https://www.unwater.org/) says the shortfall grows.

            ## Farming

            Farmers in the south depend on the river.

            [^1]: Ministry of Water Resources report, 2024.
            """);
        Result = Site.Build(import: false);
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public string Output => Site.Output;

    public void Dispose() => Site.Dispose();
}
