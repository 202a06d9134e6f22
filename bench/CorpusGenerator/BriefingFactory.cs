using System.Globalization;
using System.Text;

namespace BriefingSite.Bench.Corpus;

/// <summary>
/// Makes briefings from one seeded random source: about 1,200 words each, with ## sections,
/// bullet lists and footnotes, front-matter like the imported seeds. Same seed, same corpus.
/// </summary>
public sealed class BriefingFactory(Vocabulary words, IReadOnlyList<string> topics, int seed)
{
    private readonly Random _random = new(seed);

    public const int PairedPercent = 80;

    /// <summary>The corpus: <paramref name="count"/> briefings, half in each language, most of them translation pairs.</summary>
    public IEnumerable<Briefing> Make(int count)
    {
        var arabic = (count + 1) / 2;
        var english = count - arabic;
        var paired = Math.Min(arabic, english) * PairedPercent / 100;
        var pairTopics = new Dictionary<int, (string[] Topics, DateOnly Date)>();
        for (var i = 0; i < arabic; i++)
        {
            var shared = (Topics: PickTopics(), Date: PickDate());
            if (i < paired)
            {
                pairTopics[i] = shared;
            }

            yield return Make("ar", i, i < paired, shared.Topics, shared.Date);
        }

        for (var i = 0; i < english; i++)
        {
            var shared = pairTopics.TryGetValue(i, out var pair) ? pair : (Topics: PickTopics(), Date: PickDate());
            yield return Make("en", i, i < paired, shared.Topics, shared.Date);
        }
    }

    private Briefing Make(string language, int index, bool paired, string[] topicIds, DateOnly date)
    {
        var other = language == "ar" ? "en" : "ar";
        return new Briefing(
            language,
            string.Create(CultureInfo.InvariantCulture, $"briefing-{index:D6}"),
            Sentence(language, 5, 9, title: true),
            date,
            [.. Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Sentence(language, 2, 3, title: true))],
            paired ? string.Create(CultureInfo.InvariantCulture, $"pair-{index:D6}") : null,
            topicIds,
            Sentence(language, 30, 45),
            paired ? Sentence(other, 30, 45) : null,
            Body(language));
    }

    private string[] PickTopics()
    {
        var wanted = _random.Next(2, 4);
        return [.. Enumerable.Range(0, topics.Count).OrderBy(_ => _random.Next()).Take(wanted).Order().Select(i => topics[i])];
    }

    private DateOnly PickDate() => new DateOnly(2000, 1, 1).AddDays(_random.Next(0, 26 * 365));

    /// <summary>About 1,200 words: an opening paragraph, five sections of paragraphs and a list, footnotes at the end.</summary>
    private string Body(string language)
    {
        var body = new StringBuilder(16 * 1024);
        var footnotes = 0;
        body.Append(Paragraph(language, ref footnotes)).Append("\n\n");
        for (var section = 0; section < 5; section++)
        {
            body.Append("## ").Append(Sentence(language, 2, 5, title: true)).Append("\n\n");
            var paragraphs = _random.Next(2, 4);
            for (var p = 0; p < paragraphs; p++)
            {
                body.Append(Paragraph(language, ref footnotes)).Append("\n\n");
            }

            for (var item = _random.Next(3, 6); item > 0; item--)
            {
                body.Append("- ").Append(Sentence(language, 6, 14)).Append('\n');
            }

            body.Append('\n');
        }

        for (var n = 1; n <= footnotes; n++)
        {
            body.Append(CultureInfo.InvariantCulture, $"[^{n}]: ").Append(Sentence(language, 8, 16)).Append("\n\n");
        }

        return body.ToString().TrimEnd() + "\n";
    }

    private string Paragraph(string language, ref int footnotes)
    {
        var text = new StringBuilder();
        for (var sentence = _random.Next(3, 6); sentence > 0; sentence--)
        {
            text.Append(Sentence(language, 12, 22));
            if (_random.Next(6) == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"[^{++footnotes}]");
            }

            text.Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    private string Sentence(string language, int min, int max, bool title = false)
    {
        var pool = words.For(language);
        var count = _random.Next(min, max + 1);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var word = pool[_random.Next(pool.Count)];
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(language == "en" && (title || i == 0) ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }

        if (!title)
        {
            text.Append('.');
        }

        return text.ToString();
    }
}
