using System.Text;
using BriefingSite.Config;

namespace BriefingSite.Rendering;

/// <summary>Writes the digits of generated text (dates, counts) in a language's configured digit set.</summary>
public static class Numerals
{
    public static string Localise(string text, LanguageConfig language)
    {
        var zero = DigitSet.Zero(language.Digits);
        if (zero == '0' || !text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : c);
        }

        return result.ToString();
    }
}
