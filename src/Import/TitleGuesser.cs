using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>How sure the importer is of a title it found in the text.</summary>
public enum TitleSource
{
    /// <summary>
    /// A short line the text opens with (unless it names an institution: then it is more likely the publisher) or repeats (cover, then first page), or a cover's title
    /// set over several lines: taken without a warning.
    /// </summary>
    Confident,

    /// <summary>The first plausible short line after lines that are not (a banner, a date): a guess, reported as a warning.</summary>
    FirstShortLine,

    /// <summary>No plausible line: the first words of the first sentence, reported as a warning.</summary>
    FirstWords,
}

/// <summary>
/// A best guess at a seed's title when neither <c>seeds.yml</c> nor a citation gives one: a
/// cover title, the short line the text repeats or opens with, else the first plausible short line (in the seed's script, not a
/// date, address, page number or language switcher), else the first words of the first sentence.
/// Only a text without any words has no title.
/// </summary>
public static partial class TitleGuesser
{
    public const int MaxTitleWords = 16;
    private const int FirstWordsTaken = 10;

    public static (string Title, TitleSource Source, int Line)? Guess(IReadOnlyList<TextBlock> blocks, string script)
    {
        var top = blocks.TakeWhile(b => Words(b.Text) <= 40).ToList();
        if (top.Select(CoverTitle).FirstOrDefault(t => t is not null) is { } cover)
        {
            return cover;
        }

        for (var i = 0; i + 1 < top.Count; i++)
        {
            if (ScriptDetector.Detect(top[i + 1].Text) == script && CoverTitleLines.FromTopicAndSubtitle(top[i], top[i + 1]) is { } split)
            {
                return (split, TitleSource.Confident, top[i].StartLine);
            }
        }

        // A wiki page copied as text sets its infobox table right under the title line.
        var candidates = top.Select(b => b.IsSingleLine || !b.Lines[1].Contains('|', StringComparison.Ordinal) ? b : b with { Lines = [b.Lines[0]] })
            .Where(b => b.IsSingleLine && IsPlausible(PageNoteTaker.Unmarked(b.Text), script)).ToList();
        var repeated = candidates.FirstOrDefault(c => blocks.Count(b => b.IsSingleLine && PageNoteTaker.Unmarked(b.Text) == PageNoteTaker.Unmarked(c.Text)) > 1);
        if (repeated is not null)
        {
            return (PageNoteTaker.Unmarked(repeated.Text), TitleSource.Confident, repeated.StartLine);
        }

        if (candidates.FirstOrDefault() is { } first)
        {
            return (PageNoteTaker.Unmarked(first.Text), first == blocks[0] && !MetadataLineReader.NamesInstitution(first.Text) ? TitleSource.Confident : TitleSource.FirstShortLine, first.StartLine);
        }

        var opening = blocks.FirstOrDefault(b => Words(b.Text) > 3 && ScriptDetector.Detect(b.Text) == script) ?? blocks.FirstOrDefault(b => Words(b.Text) > 0);
        if (opening is null)
        {
            return null;
        }

        var sentence = SentenceBreak().Split(opening.Text, 2)[0].Trim();
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A sentence a little longer than the cut is taken whole rather than cut a word or two short.
        var taken = words.Length <= FirstWordsTaken + 3 ? words.Length : FirstWordsTaken;
        var title = string.Join(' ', words.Take(taken)).TrimEnd('.', '،', ',', ':', '؛', ';') + (words.Length > taken ? "…" : "");
        return (title, TitleSource.FirstWords, opening.StartLine);
    }

    /// <summary>
    /// A report cover that sets its title one or two words a line, topic in capitals first
    /// ("GRANTS / MANAGEMENT / Enhancing / Performance / …"): "Grants Management: Enhancing Performance …".
    /// </summary>
    private static (string Title, TitleSource Source, int Line)? CoverTitle(TextBlock block)
    {
        if (block.Lines.Count is < 3 or > 12 || block.Lines.Any(l => Words(l) > 4 || SentenceEnd.Ends(l)) || ScriptDetector.Detect(block.Text) != ScriptDetector.Latin)
        {
            return null;
        }

        var capitals = block.Lines.TakeWhile(l => l.Any(char.IsLetter) && l.Where(char.IsLetter).All(char.IsUpper)).Count();
        var rest = block.Lines.Skip(capitals).ToList();
        if (capitals == 0 || rest.Count == 0 || rest.Any(l => l.Where(char.IsLetter).All(char.IsUpper)))
        {
            return null;
        }

        var topic = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Join(' ', block.Lines.Take(capitals).Select(l => l.Trim())).ToLowerInvariant());
        return ($"{topic}: {string.Join(' ', rest.Select(l => l.Trim()))}", TitleSource.Confident, block.StartLine);
    }

    /// <summary>A line that could be a title: short, in the seed's script, and not furniture or metadata.</summary>
    public static bool IsPlausible(string line, string script)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxTitleWords || !line.Any(char.IsLetter) || ScriptDetector.Detect(line) != script)
        {
            return false;
        }

        // "English English", "العربية العربية": a language switcher, not a title.
        if (words.Length > 1 && words.Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return false;
        }

        // A Latin title starts with a capital or a digit ("rss" and "e-mail us" are page furniture).
        if (script == ScriptDetector.Latin && line.TrimStart('“', '"', '‘', '\'', '(').FirstOrDefault(char.IsLetterOrDigit) is var start && char.IsLower(start))
        {
            return false;
        }

        return !line.StartsWith('<') && !Address().IsMatch(line) && !PageNumber.Is(line)
            && !line.TrimEnd().EndsWith(':') && (!SentenceEnd.Ends(line) || SentenceEnd.IsQuestion(line) || line.TrimEnd().EndsWith('!')) && DateFinder.Find(line).Count == 0 && !Label().IsMatch(line);
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"https?://|www\.|@|\.(gov|org|com|net)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^(?:سلسلة|Series\b|عن المركز|عن المؤسسة|عن الناشر|من نحن|About\b|ملحوظة|ملاحظة|تنويه|Disclaimer|Note\b|©|Copyright|حقوق)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>After a sentence's end, but not after an initial or a short abbreviation ("the U.S. Embassy", "Mr. Price").</summary>
    [GeneratedRegex(@"(?<=[.!?؟])(?<!(?:^|\s)(?:[A-Z]|[A-Z]\.[A-Z]|[A-Z]\.[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Gov|Jr|Sr|Amb)\.)\s")]
    private static partial Regex SentenceBreak();
}
