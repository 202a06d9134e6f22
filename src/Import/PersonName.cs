using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Finds the person's name in an attribution ("بيان لوزير الخارجية أنتوني ج. بلينكن",
/// "Statement by Secretary Antony J. Blinken", "آنتونی جی. بلینکن، وزیر امور خارجه"): the part
/// of a comma-separated phrase without an office in it, or the trailing words after the office.
/// </summary>
public static partial class PersonName
{
    private const int MaxWords = 5;

    public static string? From(string phrase)
    {
        var occasion = Occasion().Match(phrase);
        phrase = occasion.Success ? phrase[..occasion.Index] : phrase;
        var parts = Comma().Split(phrase.Trim().TrimEnd(':', '.', '،', ',')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count > 1)
        {
            // "معاون وزیر امور خارجه، سالیوان": an office, then a surname alone.
            if (parts.Count == 2 && parts[0].Split(' ').Any(w => Office().IsMatch(w)) && !parts[1].Contains(' ', StringComparison.Ordinal) && parts[1].Length > 2)
            {
                return parts[1];
            }

            var plain = parts.FirstOrDefault(p => !p.Split(' ').Any(w => Office().IsMatch(w)) && Trailing(p) is not null);
            return plain is null ? parts.Select(Trailing).FirstOrDefault(n => n is not null) : Trailing(plain);
        }

        return parts.Count == 1 ? Trailing(parts[0]) : null;
    }

    /// <summary>The words after the last office or institution word, when they look like a name.</summary>
    private static string? Trailing(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = new List<string>();
        for (var i = words.Length - 1; i >= 0 && name.Count < MaxWords; i--)
        {
            var word = words[i];
            if (Office().IsMatch(word) || word.StartsWith("ال", StringComparison.Ordinal) || word.Any(char.IsDigit)
                || word.Any(char.IsLetter) && ScriptDetector.Detect(word) == ScriptDetector.Latin && !char.IsUpper(word.First(char.IsLetter)))
            {
                break;
            }

            name.Insert(0, word);
        }

        // One word is too little to tell a name from the rest of a phrase.
        return name.Count >= 2 ? string.Join(' ', name) : null;
    }

    /// <summary>Where the name ends and the occasion begins: "… on the occasion of", "بمناسبة", "به مناسبت".</summary>
    [GeneratedRegex(@"\s(?:on the occasion|on|about|regarding|بمناسبة|حول|بشأن|في|به مناسبت|درباره|در)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Occasion();

    [GeneratedRegex(@"\s*[،,]\s*")]
    private static partial Regex Comma();

    [GeneratedRegex(@"^(?:ل|لل)?(?:وزير|وزيرة|المتحدث|المتحدثة|متحدث|الرئيس|رئيس|السفير|السفيرة|سفير|نائب|مستشار|مستشارة|باسم|وزارة|مكتب|دفتر|وزیر|معاون|سخنگوی|سخنگو|رئیس|سفیر|وزارت|امور|خارجه|Secretary|Spokesperson|Spokesman|President|Vice|Ambassador|Deputy|Director|Minister|Chairman|Senator|Governor|Department|Office|Esq\.?|Jr\.?|of|the|State)$", RegexOptions.IgnoreCase)]
    private static partial Regex Office();
}
