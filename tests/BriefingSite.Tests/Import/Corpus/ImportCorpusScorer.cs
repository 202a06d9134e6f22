using System.Globalization;
using System.Text.RegularExpressions;
using BriefingSite.Content;
using BriefingSite.Import;

namespace BriefingSite.Tests.Import.Corpus;

/// <summary>
/// Scores an import against the facts a person wrote for the text: headings found and false,
/// notes linked both ways, stated metadata, furniture left in the body, source words kept.
/// Texts are compared through <see cref="CorpusNormaliser"/>, so spacing, punctuation, case and
/// bidi controls never decide a score.
/// </summary>
public static partial class ImportCorpusScorer
{
    public static CorpusScore Score(IEnumerable<CorpusImport> imports) => new([.. imports.Select(Score)]);

    public static TextScore Score(CorpusImport import)
    {
        var facts = import.Text.Facts;
        var sourceWords = SourceWords(import.Source, facts);
        var score = new TextScore(import.Text.Name, facts.Lang, import.Imported, import.Error)
        {
            HeadingsExpected = facts.SectionHeadings.Count,
            NotesExpected = facts.Notes,
            MustSurviveExpected = facts.MustSurvive.Count,
            SourceWords = sourceWords.Count,
        };
        var stated = StatedFields(import.Source, facts);
        if (import.Seed is not { } seed)
        {
            return score with
            {
                MetadataStated = stated.Count,
                MissedHeadings = [.. facts.SectionHeadings.Select(h => h.Text)],
                MetadataMissed = [.. stated.Select(f => f + ": not imported")],
            };
        }

        var body = seed.Body;
        var (found, missed, falseHeadings) = MatchHeadings(facts.SectionHeadings, Headings(body));
        var metadataMissed = stated.Select(field => MetadataMiss(field, facts, seed.Meta)).OfType<string>().ToList();
        var normalisedBody = CorpusNormaliser.Normalise(body);
        return score with
        {
            HeadingsFound = found,
            MissedHeadings = missed,
            FalseHeadings = falseHeadings,
            NotesLinked = Math.Min(facts.Notes, LinkedNotes(body)),
            MetadataStated = stated.Count,
            MetadataFound = stated.Count - metadataMissed.Count,
            MetadataMissed = metadataMissed,
            FurnitureLeft = FurnitureLeft(body, normalisedBody, facts),
            WordsKept = WordsKept(sourceWords, OutputText(seed.Meta, body) + '\n' + DateAsWritten(import.Source, seed.Meta.Date, facts.Date), CorpusNormaliser.HyphenBroken(import.Source)),
            MustSurviveFound = facts.MustSurvive.Count(sentence => CorpusNormaliser.Occurrences(normalisedBody, sentence) > 0),
        };
    }

    /// <summary>ATX headings of the Markdown body (the importer writes no setext headings), outside code fences.</summary>
    public static List<string> Headings(string markdown)
    {
        var headings = new List<string>();
        var fenced = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && AtxHeading().Match(line) is { Success: true } match)
            {
                headings.Add(match.Groups[1].Value.Trim());
            }
        }

        return headings;
    }

    /// <summary>Note labels that are both referenced in the text and defined.</summary>
    public static int LinkedNotes(string markdown)
    {
        var defined = NoteDefinition().Matches(markdown).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var referenced = NoteReference().Matches(markdown).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return defined.Intersect(referenced).Count();
    }

    private static (int Found, List<string> Missed, List<string> False) MatchHeadings(List<ExpectedHeading> expected, List<string> actual)
    {
        var unmatched = actual.ToList();
        var missed = new List<string>();
        foreach (var heading in expected)
        {
            var index = unmatched.FindIndex(a => CorpusNormaliser.SameText(a, heading.Text));
            if (index < 0)
            {
                missed.Add(heading.Text);
            }
            else
            {
                unmatched.RemoveAt(index);
            }
        }

        return (expected.Count - missed.Count, missed, unmatched);
    }

    /// <summary>
    /// Fields the text itself states: a value the facts give counts when its words occur in the
    /// source (a title known only from a URL does not), the date whenever the facts give it, and the language always.
    /// </summary>
    private static List<string> StatedFields(string source, CorpusFacts facts)
    {
        var normalisedSource = CorpusNormaliser.Normalise(source);
        bool InText(string? value) => value is not null && CorpusNormaliser.Occurrences(normalisedSource, value) > 0;
        var fields = new List<string> { "lang" };
        if (InText(facts.Title))
        {
            fields.Add("title");
        }

        if (facts.Authors is { Count: > 0 } authors && authors.Any(InText))
        {
            fields.Add("authors");
        }

        if (facts.Date is not null)
        {
            fields.Add("date");
        }

        if (PublisherForms(facts.Publisher).Any(InText))
        {
            fields.Add("publisher");
        }

        return [.. fields.Where(f => !facts.NotStated.Contains(f))];
    }

    private static string? MetadataMiss(string field, CorpusFacts facts, FrontMatter meta)
    {
        var ok = field switch
        {
            "lang" => meta.Lang == facts.Lang,
            "title" => CorpusNormaliser.SameText(meta.Title, facts.Title),
            "authors" => facts.Authors!.All(a => meta.Authors.Any(m => CorpusNormaliser.SameText(m, a))),
            "date" => meta.Date == facts.Date,
            "publisher" => PublisherForms(facts.Publisher).Any(p => PublisherForms(meta.Publisher).Concat(PublisherForms(meta.PublisherAlt)).Any(m => SameOrganisation(p, m))),
            _ => false,
        };
        if (ok)
        {
            return null;
        }

        var found = field switch
        {
            "lang" => meta.Lang,
            "title" => meta.Title,
            "authors" => string.Join("; ", meta.Authors),
            "date" => meta.Date ?? (meta.Year is { } year ? $"(year {year})" : null),
            _ => meta.Publisher,
        };
        var expected = field == "authors" ? string.Join("; ", facts.Authors!) : field switch
        {
            "lang" => facts.Lang,
            "title" => facts.Title,
            "date" => facts.Date,
            _ => facts.Publisher,
        };
        return $"{field}: {expected} → {found ?? "(none)"}";
    }

    /// <summary>
    /// Two names of one organisation: the same words, where a name may open with "U.S." or with
    /// "United States" (a GAO cover prints "United States Government Accountability Office", its
    /// back matter and the facts "U.S. Government Accountability Office": one office, two spellings).
    /// </summary>
    public static bool SameOrganisation(string? a, string? b) =>
        CorpusNormaliser.SameText(a, b) || CorpusNormaliser.SameText(WithoutUs(a), WithoutUs(b));

    private static string? WithoutUs(string? name) => name is null ? null : UnitedStates().Replace(name, "United States ");

    /// <summary>
    /// A publisher as written, and its first part before a comma or bracket ("U.S. Department of State, Office of the Spokesperson"):
    /// on both sides, so a department named with its office matches the department alone, whichever side names the office.
    /// </summary>
    private static IEnumerable<string> PublisherForms(string? publisher)
    {
        if (publisher is null)
        {
            yield break;
        }

        yield return publisher;
        var cut = publisher.IndexOfAny([',', '،', '(']);
        if (cut > 0)
        {
            yield return publisher[..cut].Trim();
        }
    }

    private static List<string> FurnitureLeft(string body, string normalisedBody, CorpusFacts facts)
    {
        var left = new List<string>();
        foreach (var furniture in facts.Furniture)
        {
            left.AddRange(Enumerable.Repeat(furniture, CorpusNormaliser.Occurrences(normalisedBody, furniture)));
        }

        foreach (var pattern in facts.FurniturePatterns)
        {
            left.AddRange(new Regex(pattern, RegexOptions.Multiline).Matches(body).Select(m => m.Value.Trim()));
        }

        return left;
    }

    /// <summary>Words of the source text without its furniture.</summary>
    public static List<string> SourceWords(string source, CorpusFacts facts)
    {
        var text = facts.FurniturePatterns.Aggregate(source, (current, pattern) => new Regex(pattern, RegexOptions.Multiline).Replace(current, "\n"));
        var normalised = facts.Furniture
            .Select(f => CorpusNormaliser.Normalise(f))
            .Where(f => f.Trim().Length > 0)
            .OrderByDescending(f => f.Length)
            .Aggregate(CorpusNormaliser.Normalise(text), RemoveAll);
        return [.. normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>
    /// The text without any occurrence of the furniture: one pass of Replace misses every second
    /// of two occurrences in a row, which share the space between them (a logo line printed nine times).
    /// </summary>
    private static string RemoveAll(string normalised, string furniture)
    {
        var before = "";
        while (before != normalised)
        {
            before = normalised;
            normalised = normalised.Replace(furniture, " ", StringComparison.Ordinal);
        }

        return normalised;
    }

    /// <summary>Where the importer puts a source's words: the body and the front-matter fields that hold text from it.</summary>
    private static string OutputText(FrontMatter meta, string body) =>
        string.Join('\n', new[]
        {
            meta.Title, string.Join('\n', meta.Authors), meta.AuthorNote, meta.Translator, meta.Publisher, meta.PublisherAlt,
            meta.PublisherUrl, meta.PublisherEmail, meta.Publication, meta.Issue, meta.ReportNumber, meta.Season, meta.Copyright, meta.Citation,
            meta.AboutPublisher, meta.Disclaimer, meta.Date, body,
        }.Where(s => s is not null));

    /// <summary>
    /// The ways the source writes the date the import states ("۴ نوامبر ۲۰۲۳", "۱۳ آبان ۱۴۰۲", "November 4, 2023", "2023-11-04"),
    /// each form once, when that date is the one the facts give: front-matter holds it as <c>2023-11-04</c>, so
    /// its words are kept, not lost. A wrong date excuses nothing; a date the body also prints still needs its body copy.
    /// </summary>
    public static string DateAsWritten(string source, string? importedDate, string? factsDate) =>
        importedDate is { } date && date == factsDate
            ? string.Join('\n', DateFinder.Find(source)
                .Where(d => d.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == date)
                .Select(d => source.Substring(d.Index, d.Length))
                .Append(source.Contains(date, StringComparison.Ordinal) ? date : "")
                .Where(written => written.Length > 0)
                .Distinct(StringComparer.Ordinal))
            : "";

    /// <summary>Source words that reach the output, each counted as often as it occurs in both.</summary>
    public static int WordsKept(List<string> sourceWords, string output, IReadOnlyDictionary<string, (string Left, string Right)>? hyphenBroken = null)
    {
        var available = CorpusNormaliser.Words(output).CountBy(w => w, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var kept = 0;
        var unmatched = new List<string>();
        foreach (var word in sourceWords)
        {
            if (Take(available, word))
            {
                kept++;
            }
            else
            {
                unmatched.Add(word);
            }
        }

        // pdftotext flattens a superscript note marker into its word ("organizations4"); the import
        // writes the word and a note reference ("organizations[^4]"): the word is kept.
        // A word a line-end hyphen broke in the source is kept when the import keeps the hyphen ("long-term").
        foreach (var word in unmatched)
        {
            var halves = GluedMarker().Match(word) is { Success: true } glued ? (glued.Groups[1].Value, glued.Groups[2].Value)
                : hyphenBroken?.GetValueOrDefault(word) is { Left: not null } broken ? broken : default;
            if (halves.Item1 is { } first && available.GetValueOrDefault(first) > 0 && Take(available, halves.Item2))
            {
                Take(available, first);
                kept++;
            }
        }

        return kept;
    }

    private static bool Take(Dictionary<string, int> available, string word)
    {
        if (!available.TryGetValue(word, out var left) || left == 0)
        {
            return false;
        }

        available[word] = left - 1;
        return true;
    }

    [GeneratedRegex(@"^(\p{L}{2,})(\d{1,3})$")]
    private static partial Regex GluedMarker();

    [GeneratedRegex(@"^\s*(?:U\.\s?S\.|US)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex UnitedStates();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:", RegexOptions.Multiline)]
    private static partial Regex NoteDefinition();

    // A reference followed by a colon inside a line ("requirements[^10]: Multiple") is still a
    // reference: only one opening a line is a definition.
    [GeneratedRegex(@"(?<!^ {0,3})\[\^([^\]\s]+)\]", RegexOptions.Multiline)]
    private static partial Regex NoteReference();
}
