using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Finds seeds in different languages that are likely translations of each other, by what a
/// translation keeps: the same numbers, the same names written in Latin letters, the same date,
/// and as many headings and notes. It proposes; pairing takes a <c>translation_key</c> in <c>seeds.yml</c>.
/// </summary>
public static partial class TranslationPairFinder
{
    private const double MinimumNumberOverlap = 0.6;

    /// <summary>Proposals for each seed (by file), the best match first; seeds already given a translation key are left alone.</summary>
    public static Dictionary<string, List<PairProposal>> Propose(IReadOnlyList<(string SeedName, ParsedSeed Seed)> seeds)
    {
        var facts = seeds.Where(s => s.Seed.Meta.TranslationKey is null).Select(s => new Facts(s.SeedName, s.Seed)).ToList();
        var candidates = new List<(Facts A, Facts B, double Score, List<string> Evidence)>();
        for (var i = 0; i < facts.Count; i++)
        {
            for (var j = i + 1; j < facts.Count; j++)
            {
                if (facts[i].Seed.Meta.Lang != facts[j].Seed.Meta.Lang && Compare(facts[i], facts[j]) is { } found)
                {
                    candidates.Add((facts[i], facts[j], found.Score, found.Evidence));
                }
            }
        }

        // Each seed is proposed with its best match only.
        var proposals = new Dictionary<string, List<PairProposal>>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b, _, evidence) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.A.Name, StringComparer.Ordinal))
        {
            if (!taken.Add(a.Name) | !taken.Add(b.Name))
            {
                continue;
            }

            var key = KeyFor(a, b);
            Add(proposals, a.Name, new PairProposal(b.Name, key, evidence));
            Add(proposals, b.Name, new PairProposal(a.Name, key, evidence));
        }

        return proposals;
    }

    private static (double Score, List<string> Evidence)? Compare(Facts a, Facts b)
    {
        if (a.Seed.Meta.Date is { } da && b.Seed.Meta.Date is { } db && da != db
            || a.Seed.Report.Footnotes != b.Seed.Report.Footnotes)
        {
            return null;
        }

        var evidence = new List<string>();
        var score = 0.0;
        var shared = a.Numbers.Intersect(b.Numbers, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var union = a.Numbers.Union(b.Numbers, StringComparer.Ordinal).Count();
        var overlap = union == 0 ? 0 : (double)shared.Count / union;
        if (shared.Count >= 2 && overlap >= MinimumNumberOverlap)
        {
            score += overlap * 2;
            evidence.Add($"{shared.Count} of {union} numbers in common: {string.Join(", ", shared.Take(8))}");
        }
        else
        {
            return null;
        }

        if (a.Seed.Meta.Date is { } date && date == b.Seed.Meta.Date)
        {
            score += 1;
            evidence.Add($"same date {date}");
        }

        var names = a.LatinNames.Intersect(b.LatinNames, StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count > 0)
        {
            score += 0.5;
            evidence.Add($"names in Latin letters in both: {string.Join(", ", names.Take(5))}");
        }

        if (a.Seed.Report.Headings == b.Seed.Report.Headings)
        {
            score += 0.25;
            evidence.Add($"{a.Seed.Report.Headings} heading(s) each");
        }

        evidence.Add($"{a.Seed.Report.Footnotes} note(s) each");

        // Numbers alone could be chance (two statements about the same anniversary): something else must agree.
        return evidence.Count >= 3 && score >= 1.5 ? (score, evidence) : null;
    }

    /// <summary>The slug of the Latin-script seed reads best as a shared key; else the first seed's.</summary>
    private static string KeyFor(Facts a, Facts b) =>
        ScriptDetector.Detect(b.Seed.Meta.Title) == ScriptDetector.Latin && ScriptDetector.Detect(a.Seed.Meta.Title) != ScriptDetector.Latin
            ? b.Seed.Meta.Slug ?? a.Name
            : a.Seed.Meta.Slug ?? b.Name;

    private static void Add(Dictionary<string, List<PairProposal>> proposals, string seed, PairProposal proposal)
    {
        if (!proposals.TryGetValue(seed, out var list))
        {
            proposals[seed] = list = [];
        }

        list.Add(proposal);
    }

    /// <summary>What one seed says that survives translation.</summary>
    private sealed class Facts(string name, ParsedSeed seed)
    {
        public string Name { get; } = name;

        public ParsedSeed Seed { get; } = seed;

        public HashSet<string> Numbers { get; } = [.. Number().Matches(DateFinder.WesternDigits(seed.Body)).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal).TrimStart('0')).Where(n => n.Length > 0)];

        /// <summary>Capitalised Latin words: in an Arabic-script text these are names kept in Latin letters.</summary>
        public HashSet<string> LatinNames { get; } = [.. Capitalised().Matches(seed.Body).Select(m => m.Value)];
    }

    [GeneratedRegex(@"\d+(?:,\d{3})*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]{2,}\b")]
    private static partial Regex Capitalised();
}
