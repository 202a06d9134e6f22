using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Tells the languages written in Arabic script apart: Persian, Urdu and Kurdish (Sorani) from
/// Arabic, by the letters only they use (Persian پ چ ژ گ and ی ک where Arabic writes ي ك; Urdu
/// ے ٹ ڈ ں; Sorani ە ڵ ڕ ۆ ێ) and by their commonest words (است، این، را vs هذا، التي، في).
/// Latin-script text is reported as <c>en</c>: the importer does not guess between Latin languages.
/// </summary>
public static partial class LanguageDetector
{
    private static readonly HashSet<string> ArabicWords = ["في", "من", "على", "إلى", "الى", "التي", "الذي", "هذا", "هذه", "أن", "عن", "مع", "كان", "قد", "ذلك", "بين"];
    private static readonly HashSet<string> PersianWords = ["است", "این", "را", "می", "که", "از", "به", "با", "برای", "های", "آن", "شد", "هم", "یک", "بود", "خود"];
    private static readonly HashSet<string> UrduWords = ["کے", "کی", "ہے", "میں", "اور", "کو", "سے", "نے", "ہیں", "کا", "یہ", "پر"];
    private static readonly HashSet<string> KurdishWords = ["لە", "بۆ", "کە", "ئەم", "ئەو", "لەگەڵ", "دەکات", "بە", "یان", "هەر"];

    /// <summary>The language code the text is most likely written in: <c>ar</c>, <c>fa</c>, <c>ur</c>, <c>ckb</c> or <c>en</c>.</summary>
    public static string Detect(string text) => Evidence(text).Code;

    /// <summary>The language and a short reason a person can check (letters and words counted).</summary>
    public static (string Code, string Reason) Evidence(string text)
    {
        if (ScriptDetector.Detect(text) != ScriptDetector.Arabic)
        {
            return ("en", "Latin letters");
        }

        int arabic = 0, persian = 0, urdu = 0, kurdish = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u064A' or '\u0643' or '\u0629' or '\u0649': arabic++; break; // ي ك ة ى
                case '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06CC' or '\u06A9': persian++; break; // پ چ ژ گ ی ک
                case '\u06D2' or '\u0679' or '\u0688' or '\u06BA' or '\u0691' or '\u06C1': urdu++; break; // ے ٹ ڈ ں ڑ ہ
                case '\u06D5' or '\u06B5' or '\u0695' or '\u06C6' or '\u06CE': kurdish++; break; // ە ڵ ڕ ۆ ێ
                default: break;
            }
        }

        int arabicWords = 0, persianWords = 0, urduWords = 0, kurdishWords = 0;
        foreach (Match word in Word().Matches(text))
        {
            var w = word.Value;
            arabicWords += ArabicWords.Contains(w) ? 1 : 0;
            persianWords += PersianWords.Contains(w) ? 1 : 0;
            urduWords += UrduWords.Contains(w) ? 1 : 0;
            kurdishWords += KurdishWords.Contains(w) ? 1 : 0;
        }

        // A word counts for more than a letter: an Arabic text typed on a Persian keyboard has ی and ک but Arabic words.
        var scores = new (string Code, int Score, string Reason)[]
        {
            ("ar", arabic + (5 * arabicWords), $"{arabic} letters ي ك ة ى, {arabicWords} words such as في، التي، هذا"),
            ("fa", persian + (5 * persianWords), $"{persian} letters پ چ ژ گ ی ک, {persianWords} words such as است، این، را"),
            ("ur", (3 * urdu) + (5 * urduWords), $"{urdu} letters ے ٹ ڈ ں ہ, {urduWords} words such as ہے، کے، میں"),
            ("ckb", (3 * kurdish) + (5 * kurdishWords), $"{kurdish} letters ە ڵ ڕ ۆ ێ, {kurdishWords} words such as لە، بۆ، ئەم"),
        };
        var best = scores.MaxBy(s => s.Score);
        return best.Score == 0 ? ("ar", "Arabic letters") : (best.Code, best.Reason);
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}]+")]
    private static partial Regex Word();
}
