using System.Text.RegularExpressions;

namespace BriefingSite.Bench.Corpus;

/// <summary>The words of the real seeds, split by script, in a fixed order so a seed gives the same corpus everywhere.</summary>
public sealed partial class Vocabulary
{
    private Vocabulary(IReadOnlyList<string> arabic, IReadOnlyList<string> latin)
    {
        Arabic = arabic;
        Latin = latin;
    }

    public IReadOnlyList<string> Arabic { get; }

    public IReadOnlyList<string> Latin { get; }

    public static Vocabulary FromSeeds(string seedsFolder)
    {
        var arabic = new SortedSet<string>(StringComparer.Ordinal);
        var latin = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            foreach (Match match in ArabicWord().Matches(text))
            {
                arabic.Add(match.Value);
            }

            foreach (Match match in LatinWord().Matches(text))
            {
                latin.Add(match.Value.ToLowerInvariant());
            }
        }

        if (arabic.Count == 0 || latin.Count == 0)
        {
            throw new InvalidOperationException($"{seedsFolder}: needs seeds with both Arabic and Latin words");
        }

        return new Vocabulary([.. arabic], [.. latin]);
    }

    public IReadOnlyList<string> For(string language) => language == "ar" ? Arabic : Latin;

    [GeneratedRegex(@"[\u0621-\u064A]{2,}")]
    private static partial Regex ArabicWord();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
