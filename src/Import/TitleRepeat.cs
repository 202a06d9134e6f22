using System.Text;

namespace BriefingSite.Import;

/// <summary>
/// A line that repeats the document's title, whole or one part of it ("CRUDE OIL" and its
/// subtitle under a title "Crude Oil: Uncertainty about …", as a summary page prints them): the
/// title again, not a section of the document.
/// </summary>
public static class TitleRepeat
{
    private const int MinPartLetters = 4;

    public static bool Is(string text, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var line = Folded(text);
        return line.Length >= MinPartLetters && (line == Folded(title) || Parts(title).Any(part => Folded(part) == line));
    }

    /// <summary>The title's parts on either side of its first colon ("Crude Oil", "Uncertainty about …").</summary>
    private static IEnumerable<string> Parts(string title)
    {
        var colon = title.IndexOfAny([':', '：']);
        return colon < 0 ? [] : [title[..colon], title[(colon + 1)..]];
    }

    /// <summary>Letters and digits only, in lower case: quotes, punctuation and spacing do not make a line differ.</summary>
    private static string Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
