using System.Globalization;

namespace BriefingSite.Config;

/// <summary>
/// The culture a language formats dates and numbers with, in the calendar site.yml chose. A
/// culture alone would decide the calendar (ar-SA prints a Gregorian date as "27 ذو الحجة 1377",
/// fa-IR as a solar Hijri one), so the calendar is always set: Gregorian unless <c>calendar:</c> says otherwise.
/// </summary>
public static class LanguageCulture
{
    public const string Gregorian = "gregorian";

    private static readonly Dictionary<string, Type> Calendars = new(StringComparer.Ordinal)
    {
        [Gregorian] = typeof(GregorianCalendar),
        ["hijri"] = typeof(HijriCalendar),
        ["umalqura"] = typeof(UmAlQuraCalendar),
        ["persian"] = typeof(PersianCalendar),
        ["hebrew"] = typeof(HebrewCalendar),
    };

    public static IEnumerable<string> CalendarNames => Calendars.Keys;

    /// <summary>A read-only culture using <paramref name="calendar"/>; null when the culture does not offer it.</summary>
    public static CultureInfo? Create(string cultureName, string calendar)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true).Clone();
        var wanted = Calendars[calendar];
        var chosen = culture.Calendar.GetType() == wanted
            ? culture.Calendar
            : culture.OptionalCalendars.FirstOrDefault(c => c.GetType() == wanted && (c is not GregorianCalendar g || g.CalendarType == GregorianCalendarTypes.Localized))
                ?? culture.OptionalCalendars.FirstOrDefault(c => c.GetType() == wanted);
        if (chosen is null)
        {
            return null;
        }

        culture.DateTimeFormat.Calendar = chosen;
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>The calendars a culture can write dates in, by their site.yml names.</summary>
    public static IEnumerable<string> Offered(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
        return Calendars.Where(c => culture.OptionalCalendars.Any(o => o.GetType() == c.Value)).Select(c => c.Key);
    }
}
