namespace BriefingSite.Import;

/// <summary>
/// Decides a text's script by counting letters by Unicode block. The names are those of
/// <c>script</c> in site.yml and the built-in language data; a text without letters, or a tie,
/// counts as Latin.
/// </summary>
public static class ScriptDetector
{
    public const string Arabic = "arabic";
    public const string Latin = "latin";
    public const string Cyrillic = "cyrillic";
    public const string Hebrew = "hebrew";
    public const string Han = "han";

    // Latin first, so that it wins a tie.
    private static readonly string[] Scripts = [Latin, Arabic, Cyrillic, Hebrew, Han];

    public static string Detect(string text)
    {
        var counts = new int[Scripts.Length];
        foreach (var c in text)
        {
            if (char.IsLetter(c) && ScriptIndex(c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            best = counts[i] > counts[best] ? i : best;
        }

        return Scripts[best];
    }

    public static bool IsArabicLetter(char c) =>
        char.IsLetter(c) && (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');

    /// <summary>The index in <see cref="Scripts"/> of a letter's script, or -1 for another script.</summary>
    private static int ScriptIndex(char c) => c switch
    {
        < '\u0250' or >= '\u1E00' and <= '\u1EFF' => 0,
        _ when IsArabicLetter(c) => 1,
        >= '\u0400' and <= '\u052F' => 2,
        >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F' => 3,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => 4,
        _ => -1,
    };
}
