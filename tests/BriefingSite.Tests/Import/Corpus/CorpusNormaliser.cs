using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Tests.Import.Corpus;

/// <summary>
/// Compares texts as a reader would: compatibility forms folded (pdftotext's Arabic presentation
/// forms), bidi controls, joiners, tatweel, diacritics, punctuation and case ignored, spaces collapsed.
/// A word broken at a line end by a hyphen counts as one word, joined or not.
/// </summary>
public static partial class CorpusNormaliser
{
    /// <summary>Letters and digits only, lower case, one space between words, a space at each end for whole-word search.</summary>
    public static string Normalise(string text)
    {
        var folded = Dehyphenate(text).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length + 2).Append(' ');
        foreach (var c in folded)
        {
            if (IsIgnored(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    public static string[] Words(string text) => Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How often <paramref name="phrase"/> occurs as whole words in <paramref name="normalisedText"/>.</summary>
    public static int Occurrences(string normalisedText, string phrase)
    {
        var needle = Normalise(phrase);
        if (needle.Trim().Length == 0)
        {
            return 0;
        }

        var count = 0;
        for (var at = normalisedText.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = normalisedText.IndexOf(needle, at + needle.Length - 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public static bool SameText(string? a, string? b) =>
        a is not null && b is not null && Normalise(a).Trim().Length > 0 && Normalise(a) == Normalise(b);

    private static string Dehyphenate(string text) => LineEndHyphen().Replace(text, "$1$2");

    /// <summary>
    /// The two halves of each word a line-end hyphen broke ("long-" / "term"), by the joined word
    /// <see cref="Normalise"/> makes of them ("longterm"): an import may rightly keep the hyphen ("long-term").
    /// </summary>
    public static Dictionary<string, (string Left, string Right)> HyphenBroken(string text)
    {
        var halves = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (Match match in BrokenWord().Matches(text))
        {
            var left = Normalise(match.Groups[1].Value).Trim();
            var right = Normalise(match.Groups[2].Value).Trim();
            if (!left.Contains(' ', StringComparison.Ordinal) && !right.Contains(' ', StringComparison.Ordinal))
            {
                halves.TryAdd(left + right, (left, right));
            }
        }

        return halves;
    }

    private static bool IsIgnored(char c) =>
        c is '\u0640' or '\u00AD' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    [GeneratedRegex(@"(\p{L})-[ \t]*(?:\r?\n[ \t]*)+(\p{L})")]
    private static partial Regex LineEndHyphen();

    [GeneratedRegex(@"(\p{L}+)-[ \t]*(?:\r?\n[ \t]*)+(\p{L}+)")]
    private static partial Regex BrokenWord();
}
