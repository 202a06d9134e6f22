namespace BriefingSite.Import;

/// <summary>
/// Whether Latin text is written in title case: every word that is not a short function word
/// starts with a capital (or a digit). Used to tell a heading wrapped over several lines from a
/// short paragraph.
/// </summary>
public static class TitleCase
{
    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "within", "without",
        "by", "from", "into", "onto", "over", "under", "between", "among", "as", "per", "via", "vs", "vs.", "versus",
        "than", "through", "about", "after", "before", "against", "upon", "de", "la", "le", "du", "von", "van", "al",
    };

    public static bool Is(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimStart('(', '“', '"', '‘', '\'', '[')).Where(w => w.Length > 0).ToList();
        if (words.Count == 0 || !char.IsUpper(words[0][0]))
        {
            return false;
        }

        var major = words.Where(w => !Minor.Contains(w)).ToList();
        return major.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || !char.IsLetter(w[0]));
    }

    /// <summary>True when <paramref name="text"/> has Latin letters, where case tells headings apart.</summary>
    public static bool IsLatin(string text) => text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');
}
