using System.Collections.Concurrent;
using System.Globalization;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Collects the distinct search terms of texts, word by word as <see cref="SearchNormaliser.Terms"/>
/// does, but normalising each distinct word once for the whole build: an archive repeats the same
/// words on every page, and normalising them (case, decomposition, stemming) was most of the index's cost.
/// Safe to share between threads.
/// </summary>
public sealed class SearchTermExtractor
{
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    /// <summary>Adds the normalised terms of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public void AddTerms(ReadOnlySpan<char> text, HashSet<string> into)
    {
        var known = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
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
            if (!known.TryGetValue(word, out var term))
            {
                var key = word.ToString();
                term = _terms.GetOrAdd(key, SearchNormaliser.Normalise(key));
            }

            if (term.Length > 0)
            {
                into.Add(term);
            }
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
