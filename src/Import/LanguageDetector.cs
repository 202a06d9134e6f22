using System.Text.RegularExpressions;
using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// Tells the languages of one script apart by the evidence in
/// <c>src/Import/Data/language-evidence.yml</c>: letters only some of them use (Persian پ چ ژ گ
/// and ی ک where Arabic writes ي ك) and their commonest words (French le, les, est; Persian
/// است، این، را). A word counts for more than a letter: an Arabic text typed on a Persian keyboard
/// has ی and ک but Arabic words.
/// </summary>
public static partial class LanguageDetector
{
    /// <summary>The likeliest language with built-in evidence written in the text's script; null when nothing tells.</summary>
    public static string? Detect(string text)
    {
        var script = ScriptDetector.Detect(text);
        var ranked = Rank(text, LanguageEvidenceCatalogue.Codes.Where(c => LanguageCatalogue.Find(c)?.Script == script));
        return ranked.Count > 0 && ranked[0].Score > 0 ? ranked[0].Code : null;
    }

    /// <summary>Each candidate language scored on the text, best first (ties keep the candidates' order).</summary>
    public static List<LanguageScore> Rank(string text, IEnumerable<string> codes)
    {
        var letters = text.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var words = Word().Matches(text).GroupBy(m => m.Value.ToLowerInvariant(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. codes.Select(code => Score(code, letters, words)).OrderByDescending(s => s.Score)];
    }

    private static LanguageScore Score(string code, Dictionary<char, int> letters, Dictionary<string, int> words)
    {
        if (LanguageEvidenceCatalogue.Find(code) is not { } evidence)
        {
            return new LanguageScore(code, 0, "no built-in evidence for this language");
        }

        var letterCount = evidence.LetterSet.Sum(l => letters.GetValueOrDefault(l));
        var wordCount = evidence.WordSet.Sum(w => words.GetValueOrDefault(w));
        var examples = string.Join(", ", evidence.Words.Take(3));
        var reason = evidence.Letters.Length > 0
            ? $"{letterCount} letters {evidence.Letters}, {wordCount} words such as {examples}"
            : $"{wordCount} words such as {examples}";
        return new LanguageScore(code, (evidence.LetterWeight * letterCount) + (LanguageEvidence.WordWeight * wordCount), reason);
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}]+")]
    private static partial Regex Word();
}
