using System.Text;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// Arabic text as PDFs store it, made plain: presentation forms (U+FB50–U+FDFF,
/// U+FE70–U+FEFF) and Latin ligatures (U+FB00–U+FB06) become their base letters by NFKC
/// applied to those characters only (NFKC elsewhere would also flatten superscripts and
/// the like), and the tatweel (U+0640) that justified lines stretch words with is dropped.
/// Persian letters and the zero-width non-joiner are kept as they are.
/// </summary>
internal static class ArabicNormaliser
{
    private const char Tatweel = '\u0640';

    /// <summary>Whether <paramref name="c"/> is a presentation form or ligature to decompose.</summary>
    public static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE' or >= '\uFB00' and <= '\uFB06';

    /// <summary>The plain text of one character: itself, its base letters, or nothing for a tatweel.</summary>
    public static string Normalise(char c) => c switch
    {
        Tatweel => string.Empty,
        _ when IsPresentationForm(c) => c.ToString().Normalize(NormalizationForm.FormKC),
        _ => c.ToString(),
    };

    /// <summary>The plain text of a whole string, character by character.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Normalise(c));
        }

        return builder.ToString();
    }
}
