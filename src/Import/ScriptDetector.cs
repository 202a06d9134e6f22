namespace BriefingSite.Import;

/// <summary>Decides a text's script by counting letters: Arabic-script letters against Latin ones.</summary>
public static class ScriptDetector
{
    public const string Arabic = "arabic";
    public const string Latin = "latin";

    public static string Detect(string text)
    {
        var arabic = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (IsArabicLetter(c))
            {
                arabic++;
            }
            else if (char.IsLetter(c) && c < 0x250)
            {
                latin++;
            }
        }

        return arabic > latin ? Arabic : Latin;
    }

    public static bool IsArabicLetter(char c) =>
        char.IsLetter(c) && (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');
}
