using System.Text;

namespace BriefingSite.Import;

/// <summary>
/// Writes Arabic-script words in Latin letters for slugs a reader can read, keeping each word's
/// shape instead of AnyAscii's consonant skeleton (<c>al-araq</c>, not <c>lrq</c>): the article
/// ال becomes <c>al-</c> (لل <c>lil-</c>, وال <c>wal-</c>, بال <c>bil-</c>), the vowel letters
/// ا و ي become <c>a u i</c> (و and ي are <c>w</c> and <c>y</c> at a word's start or before a
/// vowel), ة is <c>a</c>, hamza on alef is <c>a</c> or <c>i</c>, ع is <c>a</c> before a consonant
/// and silent before a vowel, and written short vowels (fatha, kasra, damma) are kept. In Persian
/// a final ه is <c>eh</c> and the word و is <c>va</c>. Short vowels that are not written stay unwritten.
/// </summary>
public static class ArabicTransliterator
{
    private static readonly Dictionary<char, string> Consonants = new()
    {
        ['ب'] = "b",
        ['ت'] = "t",
        ['ث'] = "th",
        ['ج'] = "j",
        ['ح'] = "h",
        ['خ'] = "kh",
        ['د'] = "d",
        ['ذ'] = "dh",
        ['ر'] = "r",
        ['ز'] = "z",
        ['س'] = "s",
        ['ش'] = "sh",
        ['ص'] = "s",
        ['ض'] = "d",
        ['ط'] = "t",
        ['ظ'] = "z",
        ['غ'] = "gh",
        ['ف'] = "f",
        ['ق'] = "q",
        ['ك'] = "k",
        ['ل'] = "l",
        ['م'] = "m",
        ['ن'] = "n",
        ['ه'] = "h",
        ['پ'] = "p",
        ['چ'] = "ch",
        ['ژ'] = "zh",
        ['گ'] = "g",
        ['ک'] = "k",
        ['ڤ'] = "v",
        ['ٹ'] = "t",
        ['ڈ'] = "d",
        ['ڑ'] = "r",
        ['ں'] = "n",
        ['ہ'] = "h",
        ['ھ'] = "h",
        ['ڵ'] = "l",
        ['ڕ'] = "r",
        ['ء'] = "",
        ['ؤ'] = "u",
        ['ئ'] = "i",
        ['ە'] = "e",
        ['ۆ'] = "o",
        ['ێ'] = "e",
        ['ے'] = "e",
        ['ۀ'] = "e",
    };

    private static readonly (string Prefix, string Latin)[] Articles = [("وال", "wal-"), ("فال", "fal-"), ("بال", "bil-"), ("كال", "kal-"), ("لل", "lil-"), ("ال", "al-"), ("ٱل", "al-")];

    /// <summary>The text with every Arabic-script word transliterated; other characters are left as they are.</summary>
    public static string Transliterate(string text, bool persian)
    {
        var result = new StringBuilder(text.Length * 2);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsArabicLetterOrMark(c))
            {
                word.Append(c);
                continue;
            }

            Flush();
            result.Append(c);
        }

        Flush();
        return result.ToString();

        void Flush()
        {
            if (word.Length > 0)
            {
                result.Append(Word(word.ToString(), persian));
                word.Clear();
            }
        }
    }

    private static string Word(string raw, bool persian)
    {
        var word = raw.Replace("\u0640", "", StringComparison.Ordinal).Replace("\u200C", "", StringComparison.Ordinal);
        if (word == "و")
        {
            return persian ? "va" : "wa";
        }

        var latin = new StringBuilder();
        foreach (var (prefix, article) in Articles)
        {
            if (word.Length > prefix.Length + 1 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                latin.Append(article);
                word = word[prefix.Length..];
                break;
            }
        }

        var letters = word.Where(c => !IsMark(c)).ToList();
        var index = -1;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (IsMark(c))
            {
                latin.Append(Mark(c, latin));
                continue;
            }

            index++;
            if (c == 'ة' && i > 0 && word[i - 1] == '\u064E')
            {
                continue; // the fatha before it was already written as "a"
            }

            var previous = index > 0 ? letters[index - 1] : '\0';
            var next = index + 1 < letters.Count ? letters[index + 1] : '\0';
            latin.Append(Letter(c, index, previous, next, persian, out var skipNext));
            if (skipNext)
            {
                index++;
                i = NextLetter(word, i);
            }
        }

        return latin.ToString();
    }

    private static string Letter(char c, int index, char previous, char next, bool persian, out bool skipNext)
    {
        skipNext = false;
        switch (c)
        {
            case 'ا' when index == 0 && next is 'ي' or 'ی':
            case 'إ' when next is 'ي' or 'ی':
                skipNext = true;
                return "i";
            case 'ا' when index == 0 && next == 'و':
            case 'أ' when next == 'و':
                skipNext = true;
                return "u";
            case 'ا' or 'أ' or 'آ' or 'ٱ' or 'ى':
                return "a";
            case 'إ':
                return "i";
            case 'ة':
                return "a";
            case 'و':
                return index == 0 || IsVowelLetter(next) || IsVowelLetter(previous) ? "w" : "u";
            case 'ي' or 'ی' or 'ې':
                return index == 0 || IsVowelLetter(next) || IsVowelLetter(previous) && next != '\0' ? "y" : "i";
            case 'ع':
                return IsVowelLetter(next) || next is 'و' or 'ي' or 'ی' ? "" : "a";
            case 'ه' when persian && next == '\0' && index > 0:
                return "eh";
            default:
                return Consonants.TryGetValue(c, out var latin) ? latin : "";
        }
    }

    private static string Mark(char mark, StringBuilder latin) => mark switch
    {
        '\u064E' => "a",
        '\u0650' => "i",
        '\u064F' => "u",
        '\u064B' => "an",
        '\u064D' => "in",
        '\u064C' => "un",
        '\u0651' when latin.Length > 0 && char.IsLetter(latin[^1]) => latin[^1].ToString(), // shadda doubles the consonant
        _ => "",
    };

    private static int NextLetter(string word, int i)
    {
        var j = i + 1;
        while (j < word.Length && IsMark(word[j]))
        {
            j++;
        }

        return j;
    }

    private static bool IsVowelLetter(char c) => c is 'ا' or 'أ' or 'آ' or 'إ' or 'ى' or 'ة';

    private static bool IsMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670';

    private static bool IsArabicLetterOrMark(char c) => IsMark(c) || c is '\u0640' or '\u200C' || ScriptDetector.IsArabicLetter(c);
}
