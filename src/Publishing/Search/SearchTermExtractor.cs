using System.Collections.Concurrent;
using System.Globalization;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Collects the distinct search terms of texts, word by word as <see cref="SearchNormaliser.Terms"/>
/// does, but normalising each distinct word once for the whole build and handing out a number per
/// term: an archive repeats the same words on every page, and normalising them (case, decomposition,
/// stemming) and hashing terms per word were most of the index's cost. Safe to share between threads.
/// </summary>
public sealed class SearchTermExtractor
{
    private const int NoTerm = -1;

    private readonly ConcurrentDictionary<string, int> _wordTerms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _termNumbers = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Every term numbered so far, by number (a number lost to a race between threads stays null).</summary>
    public string?[] Terms()
    {
        var terms = new string?[_count];
        foreach (var (term, number) in _termNumbers)
        {
            terms[number] = term;
        }

        return terms;
    }

    /// <summary>Adds the numbers of the normalised terms of <paramref name="text"/> to <paramref name="into"/> (see <see cref="Terms"/>).</summary>
    public void AddTerms(ReadOnlySpan<char> text, HashSet<int> into)
    {
        var known = _wordTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start < 0)
            {
                continue;
            }

            var word = text[start..i];
            start = -1;
            if (!known.TryGetValue(word, out var number))
            {
                var key = word.ToString();
                number = _wordTerms.GetOrAdd(key, Number(SearchNormaliser.Normalise(key)));
            }

            if (number != NoTerm)
            {
                into.Add(number);
            }
        }
    }

    private int Number(string term) =>
        term.Length == 0 ? NoTerm : _termNumbers.GetOrAdd(term, _ => Interlocked.Increment(ref _count) - 1);

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > '\u007f' && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark));
}
