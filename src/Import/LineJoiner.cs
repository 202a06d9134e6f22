using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Re-flows hard-wrapped lines into one line of text. A line ending in a hyphen after a letter
/// or digit joins the next without a space; the hyphen is dropped only when the joined word is a
/// word: written whole elsewhere in the same text or in <see cref="EnglishWords"/>
/// (<c>inter-</c> / <c>national</c>). Compounds (<c>well-known</c>, <c>long-term</c>), numbers
/// (<c>66-</c> / <c>261</c>) and a capital after the hyphen (<c>Close-</c> / <c>Ended</c>) keep it.
/// </summary>
public sealed partial class LineJoiner
{
    /// <summary>Joins without evidence: every line-end hyphen is kept.</summary>
    public static LineJoiner KeepingHyphens { get; } = new([], useWordList: false);

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly bool _useWordList;

    /// <param name="text">Lines of the whole text: the words it writes whole.</param>
    /// <param name="useWordList">Also accept words from <see cref="EnglishWords"/>.</param>
    public LineJoiner(IEnumerable<string> text, bool useWordList = true)
    {
        _useWordList = useWordList;
        foreach (var line in text)
        {
            var trimmed = line.TrimEnd();
            foreach (Match word in Word().Matches(trimmed))
            {
                // The piece before a line-end hyphen is half a word.
                if (word.Index + word.Length < trimmed.Length && trimmed[word.Index + word.Length] == '-' && word.Index + word.Length == trimmed.Length - 1)
                {
                    continue;
                }

                _seen.Add(word.Value.ToLowerInvariant());
            }
        }
    }

    public string Join(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (text.Length == 0)
            {
                text.Append(line);
            }
            else if (text.Length > 1 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]))
            {
                if (IsSplitWord(text, line))
                {
                    text.Length--;
                }

                text.Append(line);
            }
            else
            {
                text.Append(' ').Append(line);
            }
        }

        return text.ToString();
    }

    private bool IsSplitWord(StringBuilder before, string after)
    {
        var start = before.Length - 1;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        var head = before.ToString(start, before.Length - 1 - start);
        var tail = Word().Match(after) is { Success: true, Index: 0 } word ? word.Value : "";
        if (head.Length == 0 || tail.Length == 0 || !char.IsLower(tail[0]) || (start > 0 && before[start - 1] == '-'))
        {
            return false;
        }

        var joined = (head + tail).ToLowerInvariant();
        return _seen.Contains(joined) || (_useWordList && EnglishWords.Contains(joined));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
