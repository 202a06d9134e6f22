using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Tests.Support;

/// <summary>
/// Writes a few hundred briefings into a site, half Arabic and half English, with words drawn
/// (from a fixed seed) from the repository's two seeds: enough for search to have many shards.
/// </summary>
public static class GeneratedBriefings
{
    private static readonly string[] Topics = ["iraq", "iran", "political-parties", "elections", "democratization"];

    public static void Write(TempSite site, int count, int seed = 7)
    {
        var random = new Random(seed);
        var words = Vocabulary();
        for (var i = 0; i < count; i++)
        {
            var lang = i % 2 == 0 ? "ar" : "en";
            var pool = words[lang];
            string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => pool[random.Next(pool.Count)]));
            var body = new StringBuilder();
            for (var section = 0; section < 3; section++)
            {
                body.Append("## ").AppendLine(Words(3)).AppendLine();
                body.AppendLine(Words(60)).AppendLine();
                body.Append("- ").AppendLine(Words(8)).Append("- ").AppendLine(Words(8)).AppendLine();
            }

            var date = new DateOnly(2000, 1, 1).AddDays(i * 3);
            var topics = string.Join(", ", Topics.Where((_, t) => (i + t) % 3 == 0));
            site.Write(
                $"input/{lang}/briefings/generated-{i:000}.md",
                $"---\ntitle: \"{Words(5)}\"\nlang: {lang}\ndate: {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\nauthors: [\"{Words(2)}\"]\ntopics: [{topics}]\n---\n\n{body}");
        }
    }

    private static Dictionary<string, List<string>> Vocabulary()
    {
        var words = new Dictionary<string, List<string>> { ["ar"] = [], ["en"] = [] };
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (Match word in Regex.Matches(File.ReadAllText(seed), @"\p{L}{2,}"))
            {
                var lang = Regex.IsMatch(word.Value, @"\p{IsArabic}") ? "ar" : "en";
                words[lang].Add(word.Value);
            }
        }

        return words.ToDictionary(w => w.Key, w => w.Value.Distinct(StringComparer.Ordinal).Take(3000).ToList());
    }
}
