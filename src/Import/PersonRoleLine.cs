using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// A line naming a speaker or signatory with the office they hold, in either order:
/// "Ned Price, Department Spokesperson", "ند پرایس، سخنگوی وزارت امور خارجه ایالات متحده",
/// "James F. Jeffrey, Senior Advisor to the Secretary and Coordinator for Iraq",
/// "وزير الخارجية مايكل ر. بومبيو". Without an office word a short line is not taken for a
/// name ("Press Statement", "Washington, DC").
/// </summary>
public static partial class PersonRoleLine
{
    private const int MaxWords = 16;

    /// <summary>The person's name and their office, or null when the line is not such a line.</summary>
    public static (string Name, string Role)? Read(string line)
    {
        var text = line.Trim().TrimEnd(':', '.', '،', ',').Trim();
        if (text.Length == 0 || Words(text) > MaxWords)
        {
            return null;
        }

        var parts = Comma().Split(text);
        if (parts.Length > 1)
        {
            // "Name, Office[, …]": the name before the first comma, alone or after "Office of"
            // ("دفتر ند پرایس، سخنگو", a translation of "Office of the Spokesperson Ned Price").
            var before = parts[0].Trim();
            var role = parts[1].Trim();
            var name = PersonName.From(before);
            var prefix = name is not null && before.EndsWith(name, StringComparison.Ordinal) ? before[..^name.Length].Trim() : null;
            return name is not null && (prefix == "" || prefix is not null && OfficeOf().IsMatch(prefix)) && !HoldsOffice(before) && HoldsOffice(role) ? (name, role) : null;
        }

        // "Office Name": the name is what follows the last office word.
        if (PersonName.From(text) is { } trailing && text.EndsWith(trailing, StringComparison.Ordinal))
        {
            var role = text[..^trailing.Length].Trim();
            return role.Length > 0 && HoldsOffice(role) ? (trailing, role) : null;
        }

        return null;
    }

    /// <summary>The text names an office a person holds (spokesperson, minister, director, …).</summary>
    public static bool HoldsOffice(string text) => OfficeWord().IsMatch(text);

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(?:دفتر|مكتب|Office of(?: the)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeOf();

    [GeneratedRegex(@"\s*[،,]\s*")]
    private static partial Regex Comma();

    [GeneratedRegex(@"\b(?:Spokesperson|Spokesman|Spokeswoman|Secretary|Advis[eo]r|Coordinator|Ambassador|Director|Minister|President|Chairman|Chairwoman|Senator|Governor|Comptroller|Counsel|Envoy)\b|(?<!\p{L})(?:ل|لل)?(?:وزير|وزيرة|المتحدث|المتحدثة|متحدث|مستشار|مستشارة|السفير|السفيرة|سفير|الرئيس|رئيس|نائب|مدير|المدير|وزیر|سخنگوی|سخنگو|معاون|سفیر|رئیس|مدیر|مشاور)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeWord();
}
