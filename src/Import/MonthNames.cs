namespace BriefingSite.Import;

/// <summary>
/// Month names as seeds write them, each mapped to its month number: English (with the usual
/// abbreviations), Arabic in the Levantine/Iraqi (كانون الثاني، تموز) and Egyptian (يناير، يوليو)
/// series, Persian spellings of the Gregorian months (ژانویه، مارس), and the Solar Hijri months
/// (فروردین … اسفند), which <see cref="DateFinder"/> converts with <c>PersianCalendar</c>.
/// </summary>
public static class MonthNames
{
    public static IReadOnlyDictionary<string, int> English { get; } = Table(
        ["January", "Jan"], ["February", "Feb"], ["March", "Mar"], ["April", "Apr"], ["May"], ["June", "Jun"],
        ["July", "Jul"], ["August", "Aug"], ["September", "Sept", "Sep"], ["October", "Oct"], ["November", "Nov"], ["December", "Dec"]);

    /// <summary>Arabic and Persian spellings of the Gregorian months.</summary>
    public static IReadOnlyDictionary<string, int> Gregorian { get; } = Table(
        ["كانون الثاني", "يناير", "ژانویه", "ژانویهٔ", "جنوری"],
        ["شباط", "فبراير", "فوريه", "فوریه"],
        ["آذار", "مارس"],
        ["نيسان", "أبريل", "ابريل", "إبريل", "آوریل", "آپریل"],
        ["أيار", "ايار", "مايو", "مه", "می"],
        ["حزيران", "يونيو", "يونيه", "ژوئن"],
        ["تموز", "يوليو", "يوليه", "ژوئیه", "ژوئیهٔ", "جولای"],
        ["آب", "أغسطس", "اغسطس", "اوت", "آگوست"],
        ["أيلول", "ايلول", "سبتمبر", "سپتامبر"],
        ["تشرين الأول", "تشرين الاول", "أكتوبر", "اكتوبر", "اکتبر"],
        ["تشرين الثاني", "نوفمبر", "نوامبر"],
        ["كانون الأول", "كانون الاول", "ديسمبر", "دسامبر"]);

    /// <summary>The Solar Hijri months of the Iranian calendar.</summary>
    public static IReadOnlyDictionary<string, int> SolarHijri { get; } = Table(
        ["فروردین"], ["اردیبهشت"], ["خرداد"], ["تیر"], ["مرداد"], ["شهریور"], ["مهر"], ["آبان"], ["آذر"], ["دی"], ["بهمن"], ["اسفند"]);

    /// <summary>A regex alternative of the names, longest first so "تشرين الثاني" wins over a shorter prefix.</summary>
    public static string Alternatives(IReadOnlyDictionary<string, int> table) =>
        string.Join("|", table.Keys.OrderByDescending(k => k.Length).Select(k => System.Text.RegularExpressions.Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    /// <summary>The month a name as written stands for (white space inside it collapsed).</summary>
    public static int? Number(IReadOnlyDictionary<string, int> table, string written)
    {
        var name = string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return table.TryGetValue(name, out var month) ? month : null;
    }

    private static Dictionary<string, int> Table(params string[][] months)
    {
        var table = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < months.Length; i++)
        {
            foreach (var name in months[i])
            {
                table[name] = i + 1;
            }
        }

        return table;
    }
}
