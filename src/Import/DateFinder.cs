using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>A date written in a seed: a full day, or only a month and year (<see cref="Day"/> null).</summary>
/// <param name="Index">Where it starts in the text searched.</param>
public sealed record FoundDate(DateOnly? Day, int Year, int Index, int Length);

/// <summary>
/// Finds dates written out in English ("September 29, 2006", "29 September 2006", "Sept. 2006"),
/// Arabic ("12 تموز 2023", "١٢ تموز/يوليو ٢٠٢٣", "12أيار/مايو 2021" as pdftotext may glue day and month) and Persian ("۲۰ مارس ۲۰۲۲", "۲۹ اسفند ۱۴۰۱",
/// a Solar Hijri date converted to the Gregorian calendar). Digits may be Western, Arabic-Indic or Persian.
/// </summary>
public static partial class DateFinder
{
    private const string Before = @"(?<![\p{L}\p{Mn}\d])";
    private const string After = @"(?![\p{L}\p{Mn}])";

    private static readonly string En = MonthNames.Alternatives(MonthNames.English);
    private static readonly string Greg = MonthNames.Alternatives(MonthNames.Gregorian);
    private static readonly string Solar = MonthNames.Alternatives(MonthNames.SolarHijri);

    private static readonly Regex EnglishMonthDayYear = new($@"{Before}(?<month>{En})\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<year>\d{{4}}){After}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex EnglishDayMonthYear = new($@"{Before}(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<month>{En})\.?,?\s+(?<year>\d{{4}}){After}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex EnglishMonthYear = new($@"{Before}(?<month>{En})\.?,?\s+(?<year>\d{{4}}){After}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex ArabicScript = new($@"{Before}(?<day>\d{{1,2}})\s*(?:من\s+)?(?<month>{Greg})(?:\s*/\s*(?:{Greg}))?\s*[،,]?\s*(?:عام\s+|سنة\s+|سال\s+)?(?<year>\d{{4}}){After}", RegexOptions.CultureInvariant);
    private static readonly Regex ArabicScriptMonthYear = new($@"{Before}(?<month>{Greg})(?:\s*/\s*(?:{Greg}))?\s*[،,]?\s*(?:عام\s+|سنة\s+|سال\s+)?(?<year>\d{{4}}){After}", RegexOptions.CultureInvariant);
    private static readonly Regex SolarHijri = new($@"{Before}(?<day>\d{{1,2}})\s+(?<month>{Solar})\s*[،,]?\s*(?:ماه\s+)?(?:سال\s+)?(?<year>1[34]\d\d){After}", RegexOptions.CultureInvariant);

    private static readonly PersianCalendar Persian = new();

    /// <summary>Every full date in the text, in order; then month-and-year dates not inside one of them.</summary>
    public static IReadOnlyList<FoundDate> Find(string text)
    {
        var digits = WesternDigits(text);
        var found = new List<FoundDate>();
        Add(found, EnglishMonthDayYear, digits, MonthNames.English, solar: false);
        Add(found, EnglishDayMonthYear, digits, MonthNames.English, solar: false);
        Add(found, ArabicScript, digits, MonthNames.Gregorian, solar: false);
        Add(found, SolarHijri, digits, MonthNames.SolarHijri, solar: true);
        Add(found, EnglishMonthYear, digits, MonthNames.English, solar: false);
        Add(found, ArabicScriptMonthYear, digits, MonthNames.Gregorian, solar: false);
        return [.. found.OrderBy(f => f.Index)];
    }

    /// <summary>The first full date in the text, if any.</summary>
    public static FoundDate? FirstDay(string text) => Find(text).FirstOrDefault(f => f.Day is not null);

    /// <summary>Arabic-Indic (٠–٩) and Persian (۰–۹) digits as 0–9; the length does not change.</summary>
    public static string WesternDigits(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            };
        }
    });

    private static void Add(List<FoundDate> found, Regex pattern, string text, IReadOnlyDictionary<string, int> months, bool solar)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (found.Any(f => f.Index < match.Index + match.Length && match.Index < f.Index + f.Length))
            {
                continue;
            }

            var month = MonthNames.Number(months, match.Groups["month"].Value);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (month is null || !solar && year is < 1800 or > 2200)
            {
                continue;
            }

            if (!match.Groups["day"].Success)
            {
                found.Add(new FoundDate(null, year, match.Index, match.Length));
                continue;
            }

            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (ToDate(year, month.Value, day, solar) is { } date)
            {
                found.Add(new FoundDate(date, date.Year, match.Index, match.Length));
            }
        }
    }

    private static DateOnly? ToDate(int year, int month, int day, bool solar)
    {
        if (solar)
        {
            return day <= Persian.GetDaysInMonth(year, month) ? DateOnly.FromDateTime(Persian.ToDateTime(year, month, day, 0, 0, 0, 0)) : null;
        }

        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
