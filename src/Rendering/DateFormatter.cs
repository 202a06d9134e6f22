using System.Globalization;
using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>Formats a page's date in a language's configured culture and calendar (ar-IQ gives تموز, not يوليو; ar-SA stays Gregorian unless site.yml says otherwise).</summary>
public static class DateFormatter
{
    /// <summary>Full date, else season and year, else year; null when the page has no date.</summary>
    public static string? Format(Page page, LanguageConfig language)
    {
        if (page.Date is { } date)
        {
            return FormatDay(date, language);
        }

        if (page.Meta.Season is { } season)
        {
            return season;
        }

        return page.Meta.Year?.ToString(language.FormatCulture);
    }

    /// <summary>A day in the language's date format, culture and calendar (digits not yet localised).</summary>
    public static string FormatDay(DateOnly date, LanguageConfig language) =>
        date.ToString(language.DateFormat, language.FormatCulture);

    /// <summary>ISO form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string? MachineReadable(Page page) =>
        page.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        ?? page.Meta.Year?.ToString(CultureInfo.InvariantCulture);
}
