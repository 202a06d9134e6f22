using System.Text;
using BriefingSite.Config;

namespace BriefingSite.Rendering;

/// <summary>Writes the digits of generated text (dates, counts) in a language's configured digit set.</summary>
public static class Numerals
{
    private const char ArabicIndicZero = '\u0660';

    public static string Localise(string text, LanguageConfig language)
    {
        if (language.Digits != "arabic-indic" || !text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(char.IsAsciiDigit(c) ? (char)(ArabicIndicZero + (c - '0')) : c);
        }

        return result.ToString();
    }
}
