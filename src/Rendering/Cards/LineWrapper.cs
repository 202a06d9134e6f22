using System.Globalization;

namespace BriefingSite.Rendering.Cards;

/// <summary>
/// Breaks text into lines at spaces (in logical order, before bidi reordering, as UAX #9 says
/// lines are broken), filling each line as far as <c>measure</c> lets it; and cuts a text to
/// a width with an ellipsis. A word wider than a line stays whole on a line of its own.
/// </summary>
public static class LineWrapper
{
    public const string Ellipsis = "…";

    public static IReadOnlyList<string> Wrap(string text, float maxWidth, Func<string, float> measure)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in Words(text))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && measure(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>
    /// <paramref name="text"/> with words dropped from its end, and an ellipsis added, until it fits;
    /// a single word too wide is cut between letters (whole grapheme clusters).
    /// </summary>
    public static string WithEllipsis(string text, float maxWidth, Func<string, float> measure)
    {
        var words = Words(text).ToList();
        while (words.Count > 1 && measure(string.Join(' ', words) + Ellipsis) > maxWidth)
        {
            words.RemoveAt(words.Count - 1);
        }

        var line = string.Join(' ', words);
        if (measure(line + Ellipsis) <= maxWidth)
        {
            return line + Ellipsis;
        }

        // elements[i] is where the i-th grapheme cluster starts: keep the first `cut` clusters.
        var elements = StringInfo.ParseCombiningCharacters(line);
        var cut = elements.Length - 1;
        while (cut > 1 && measure(line[..elements[cut]] + Ellipsis) > maxWidth)
        {
            cut--;
        }

        return line[..elements[Math.Max(cut, 1)]].TrimEnd() + Ellipsis;
    }

    public static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
