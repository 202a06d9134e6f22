using System.Text.RegularExpressions;

namespace BriefingSite.Tests.Import.Pdf;

/// <summary>
/// How many of a known text's words an extraction gives in the same order: the longest common
/// subsequence of the two word lists over the known text's word count.
/// </summary>
internal static partial class WordOrder
{
    public static string[] Words(string text) => Space().Split(text.Trim()).Where(w => w.Length > 0).ToArray();

    public static string Collapse(string text) => Space().Replace(text, " ").Trim();

    public static double Share(string[] known, string[] extracted)
    {
        if (known.Length == 0)
        {
            return 1;
        }

        var previous = new int[extracted.Length + 1];
        var current = new int[extracted.Length + 1];
        foreach (var word in known)
        {
            for (var j = 1; j <= extracted.Length; j++)
            {
                current[j] = word == extracted[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return (double)previous[extracted.Length] / known.Length;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
