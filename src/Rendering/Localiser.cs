using System.Globalization;
using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// Generated text for one reader's language: dates in its culture, digits in its configured set,
/// counts with the right plural form from its UI strings (<c>reading_time_few: "{n} دقائق"</c>).
/// </summary>
public sealed class Localiser(LanguageConfig language, UiStrings strings)
{
    public LanguageConfig Language { get; } = language;

    public string Text(string key) => strings.Get(Language.Code, key);

    public string Number(int n) => Numerals.Localise(n.ToString(CultureInfo.InvariantCulture), Language);

    /// <summary>A count with its noun: <c>Count("briefing_count", 3)</c> gives "3 briefings" or "٣ أوراق".</summary>
    public string Count(string key, int n)
    {
        var all = strings.For(Language.Code);
        var form = all.GetValueOrDefault($"{key}_{Language.Plural.Category(n)}") ?? Text(key + "_other");
        return form.Replace("{n}", Number(n), StringComparison.Ordinal);
    }

    /// <summary>Another language's name as this reader calls it: "الإنجليزية" for English, to an Arabic reader.</summary>
    public string NameOf(LanguageConfig other) => other.NameIn(Language);

    /// <summary>"In Arabic", "بالإنجليزية": the reader's <c>in_language</c> string around the language's name.</summary>
    public string InLanguage(LanguageConfig other) => Text("in_language").Replace("{language}", NameOf(other), StringComparison.Ordinal);

    /// <summary>The page's date for this reader; a season written in another language gives way to the year.</summary>
    public string? Date(Page page)
    {
        var text = page.Date is null && page.Meta.Season is not null && page.Language != Language
            ? page.Meta.Year?.ToString(CultureInfo.InvariantCulture)
            : DateFormatter.Format(page, Language);
        return text is null ? null : Numerals.Localise(text, Language);
    }
}
