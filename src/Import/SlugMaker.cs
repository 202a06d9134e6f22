using System.Globalization;
using System.Text;
using AnyAscii;

namespace BriefingSite.Import;

/// <summary>
/// Makes readable, stable slugs. Latin (the default, <c>import: slugs: latin</c>): ASCII
/// <c>[a-z0-9-]</c>, Arabic-script words written out by <see cref="ArabicTransliterator"/>
/// (<c>al-aml-al-hzbi-fi-al-araq</c>), any other script by AnyAscii. Native
/// (<c>import: slugs: native</c>): the title's own letters and digits, lowercased, without
/// diacritics, joined by hyphens (<c>العمل-الحزبي-في-العراق</c>).
/// </summary>
public static class SlugMaker
{
    public const int MaxLength = 80;

    public static string Make(string text, string? language = null, bool native = false) =>
        native ? MakeNative(text) : MakeLatin(text, language);

    private static string MakeLatin(string text, string? language)
    {
        var ascii = ArabicTransliterator.Transliterate(text, persian: language == "fa").Transliterate().ToLowerInvariant();
        var slug = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(c);
                pendingHyphen = false;
            }
            else if (c is not ('\'' or '`'))
            {
                // Apostrophes inside a word (transliterated ayn, hamza, "Iran's") join rather than split.
                pendingHyphen = true;
            }
        }

        return Trim(slug.ToString());
    }

    /// <summary>
    /// Letters and digits of any script, so a file name and a <c>file://</c> link stay safe: no
    /// separators, dots, marks, joiners or controls, only hyphens between words.
    /// </summary>
    private static string MakeNative(string text)
    {
        var slug = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber)
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(c);
                pendingHyphen = false;
            }
            else if (!IsJoining(c))
            {
                pendingHyphen = true;
            }
        }

        return Trim(slug.ToString());
    }

    /// <summary>Marks, apostrophes, tatweel and zero-width joiners sit inside a word and do not split it.</summary>
    private static bool IsJoining(char c) =>
        c is '\'' or '`' or '’' or '\u0640' or '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;

    private static string Trim(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
