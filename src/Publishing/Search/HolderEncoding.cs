using System.Globalization;
using System.Text;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Writes a term's holders (ascending document numbers) as gaps: "3,1,4" is documents 3, 4 and 8.
/// Gaps are short numbers, so a common term costs about a third of the bytes of its plain list.
/// <c>theme/assets/search.js</c> reads it back.
/// </summary>
public static class HolderEncoding
{
    public static string Encode(int[] holders)
    {
        var text = new StringBuilder(Length(holders));
        var previous = 0;
        for (var i = 0; i < holders.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append((holders[i] - previous).ToString(CultureInfo.InvariantCulture));
            previous = holders[i];
        }

        return text.ToString();
    }

    /// <summary>The length of <see cref="Encode"/>'s result, without building it.</summary>
    public static int Length(int[] holders)
    {
        var length = Math.Max(0, holders.Length - 1);
        var previous = 0;
        foreach (var holder in holders)
        {
            length += Digits(holder - previous);
            previous = holder;
        }

        return length;
    }

    private static int Digits(int value)
    {
        var digits = 1;
        for (; value >= 10; value /= 10)
        {
            digits++;
        }

        return digits;
    }
}
