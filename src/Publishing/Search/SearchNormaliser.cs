using System.Globalization;
using System.Text;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Turns text into search terms the way readers type. Arabic: diacritics, hamza marks and
/// tatweel dropped (so أ إ آ ٱ become ا), ى → ي, ة → ه, one conjunction or preposition
/// (و ب ل ف ك), the article (ال and its combined forms) and common suffixes removed, so
/// "الانتخابات" and "انتخابات" give the same term. Latin: lower case, accents dropped, a plural -s removed.
/// <c>theme/assets/search.js</c> holds the same rules for the browser; both are tested
/// on <c>tests/BriefingSite.Tests/Publishing/search-normalisation.json</c>.
/// </summary>
public static class SearchNormaliser
{
    private static readonly string[] Articles = ["بال", "كال", "فال", "لل", "ال"];
    private static readonly string[] Particles = ["ب", "ل", "ف", "ك"];
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

    /// <summary>The normalised terms of a text, in order, repeats included.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                var term = Normalise(word.ToString());
                word.Clear();
                if (term.Length > 0)
                {
                    yield return term;
                }
            }
        }
    }

    /// <summary>One word as a search term.</summary>
    public static string Normalise(string word)
    {
        var letters = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                continue;
            }

            letters.Append(c switch
            {
                'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => c,
            });
        }

        var term = letters.ToString();
        return IsArabic(term) ? StemArabic(term) : StemLatin(term);
    }

    private static bool IsArabic(string term) => term.Any(c => c is >= '\u0621' and <= '\u064A');

    private static string StemArabic(string term)
    {
        if (term.StartsWith('و') && term.Length > 4)
        {
            term = term[1..];
        }

        var article = Array.Find(Articles, a => term.StartsWith(a, StringComparison.Ordinal) && term.Length - a.Length >= 2);
        if (article is not null)
        {
            term = term[article.Length..];
        }
        else if (term.Length > 5 && Array.Exists(Particles, p => term.StartsWith(p, StringComparison.Ordinal)))
        {
            term = term[1..];
        }

        foreach (var suffix in Suffixes)
        {
            if (term.EndsWith(suffix, StringComparison.Ordinal) && term.Length - suffix.Length >= 3)
            {
                term = term[..^suffix.Length];
            }
        }

        return term;
    }

    private static string StemLatin(string term) =>
        term.Length > 3 && term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal) ? term[..^1] : term;
}
