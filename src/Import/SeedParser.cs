using System.Text;
using System.Text.RegularExpressions;
using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Converts a decoded seed into front-matter and Markdown. Each step is a small rule on
/// blocks of text: boilerplate, footnotes, title and author, headings, lists, paragraphs.
/// </summary>
public sealed partial class SeedParser(SiteConfig config)
{
    private readonly List<(BoilerplatePattern Pattern, Regex Regex)> _boilerplate =
        [.. config.Import.Boilerplate.Select(p => (p, new Regex(p.Pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))))];

    public ParsedSeed Parse(SeedText seed, SeedOverrides overrides)
    {
        var warnings = new List<Diagnostic>();
        var language = overrides.Lang ?? LanguageFor(ScriptDetector.Detect(seed.Text));
        var blocks = TextBlock.Split(seed.Text).ToList();
        var removed = RemoveBoilerplate(blocks);
        var definitions = FootnoteExtractor.TakeDefinitions(blocks);
        var citation = TakeCitation(blocks);
        var translator = TakeTranslator(blocks);

        var title = overrides.Title ?? citation?.Title ?? GuessTitle(blocks)
            ?? throw new SiteException(seed.File, "no title found: add 'title' for this seed in seeds/seeds.yml");
        var bodyStart = BodyStart(blocks, title);
        string? author = citation?.Author;
        if (author is null && bodyStart < blocks.Count && IsShortLine(blocks[bodyStart], 6))
        {
            author = blocks[bodyStart].Text.TrimEnd('*', ' ');
            bodyStart++;
        }

        var usedNotes = new SortedSet<int>();
        var (markdown, headings, paragraphs) = Compose(blocks.Skip(bodyStart).ToList(), usedNotes);
        var body = new StringBuilder(markdown);
        foreach (var (number, text) in definitions)
        {
            body.Append(CultureInvariant($"\n[^{number}]: {MarkdownEscaper.Escape(text)}"));
        }

        ReportFootnoteMismatches(seed.File, definitions.Keys, usedNotes, warnings);
        var topics = overrides.Topics ?? TopicProposer.Propose(seed.Text, language, config);
        var slug = overrides.Slug ?? SlugMaker.Make(title);
        var meta = new FrontMatter
        {
            Title = title,
            Lang = language,
            Slug = slug,
            TranslationKey = overrides.TranslationKey,
            Date = overrides.Date,
            Year = overrides.Year ?? citation?.Year ?? FindYear(seed.Text),
            Season = citation?.Season,
            Authors = author is null ? [] : [author],
            Translator = translator,
            Publication = citation?.Publication,
            Issue = citation?.Issue,
            Citation = citation?.Text,
            Summary = overrides.Summary ?? FirstSentences(blocks.Skip(bodyStart)),
            Abstracts = overrides.Abstracts,
            Topics = topics,
            Source = new SourceInfo { File = Path.GetFileName(seed.File), Sha256 = seed.Sha256 },
        };

        var report = new ImportReport(seed.File, language, title, slug, headings, paragraphs, definitions.Count, topics, removed, warnings);
        return new ParsedSeed(meta, body.ToString().TrimEnd() + "\n", report);
    }

    private string LanguageFor(string script) =>
        config.Languages.FirstOrDefault(l => l.Script == script)?.Code ?? config.DefaultLanguage;

    private List<string> RemoveBoilerplate(List<TextBlock> blocks)
    {
        var removed = new List<string>();
        blocks.RemoveAll(block =>
        {
            var match = _boilerplate.FirstOrDefault(p => p.Regex.IsMatch(block.Text));
            if (match.Pattern is null)
            {
                return false;
            }

            removed.Add($"{match.Pattern.Name} (line {block.StartLine})");
            return true;
        });
        return removed;
    }

    private static Citation? TakeCitation(List<TextBlock> blocks)
    {
        var label = blocks.FindIndex(b => CitationLabel().IsMatch(b.Text));
        if (label < 0 || label + 1 >= blocks.Count)
        {
            return null;
        }

        var text = blocks[label + 1].Text;
        blocks.RemoveRange(label, 2);
        return Citation.Parse(text);
    }

    private static string? TakeTranslator(List<TextBlock> blocks)
    {
        var index = blocks.FindIndex(b => TranslatorLine().IsMatch(b.Text));
        if (index < 0)
        {
            return null;
        }

        var translator = TranslatorLine().Match(blocks[index].Text).Groups["name"].Value.Trim();
        blocks.RemoveAt(index);
        return translator;
    }

    /// <summary>A short line that the document repeats (cover, then first page) is its title; else the first short line.</summary>
    private static string? GuessTitle(List<TextBlock> blocks)
    {
        var shortLines = blocks.Where(b => IsShortLine(b, 14)).Select(b => b.Text).ToList();
        return shortLines.GroupBy(t => t).FirstOrDefault(g => g.Count() > 1)?.Key ?? shortLines.FirstOrDefault();
    }

    private static int BodyStart(List<TextBlock> blocks, string title)
    {
        var last = blocks.FindLastIndex(b => b.Text == title);
        return last < 0 ? 0 : last + 1;
    }

    private static (string Markdown, int Headings, int Paragraphs) Compose(List<TextBlock> blocks, ISet<int> usedNotes)
    {
        var markdown = new StringBuilder();
        int headings = 0, paragraphs = 0;
        foreach (var block in blocks)
        {
            if (IsHeading(block))
            {
                markdown.Append("## ").Append(MarkdownEscaper.Escape(block.Text)).Append("\n\n");
                headings++;
                continue;
            }

            if (block.Lines.Any(l => ListItem().IsMatch(l)))
            {
                foreach (var line in block.Lines)
                {
                    markdown.Append(ListLine(line, usedNotes)).Append('\n');
                }

                markdown.Append('\n');
                continue;
            }

            markdown.Append(FootnoteExtractor.LinkMarkers(MarkdownEscaper.Escape(block.Text), usedNotes)).Append("\n\n");
            paragraphs++;
        }

        return (markdown.ToString(), headings, paragraphs);
    }

    private static string ListLine(string line, ISet<int> usedNotes)
    {
        var match = ListItem().Match(line);
        if (!match.Success)
        {
            return "  " + FootnoteExtractor.LinkMarkers(MarkdownEscaper.Escape(line.Trim()), usedNotes);
        }

        var indent = match.Groups["indent"].Length > 0 ? "  " : "";
        var marker = match.Groups["number"].Success ? match.Groups["number"].Value + "." : "-";
        var text = FootnoteExtractor.LinkMarkers(MarkdownEscaper.Escape(match.Groups["text"].Value), usedNotes);
        return $"{indent}{marker} {text}";
    }

    private static bool IsHeading(TextBlock block) =>
        IsShortLine(block, 10) && !ListItem().IsMatch(block.Lines[0]) && !EndsSentence().IsMatch(block.Text);

    private static bool IsShortLine(TextBlock block, int maxWords) =>
        block.IsSingleLine && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= maxWords;

    private static int? FindYear(string text)
    {
        var match = Year().Match(text);
        return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string? FirstSentences(IEnumerable<TextBlock> blocks)
    {
        var first = blocks.FirstOrDefault(b => !IsHeading(b) && b.Text.Length > 120)?.Text;
        if (first is null)
        {
            return null;
        }

        var end = SentenceEnd().Matches(first).Select(m => m.Index + 1).FirstOrDefault(i => i > 100);
        return FootnoteMarkers().Replace(end > 0 ? first[..end] : first, "").Trim();
    }

    private static void ReportFootnoteMismatches(string file, IEnumerable<int> defined, ISet<int> used, List<Diagnostic> warnings)
    {
        foreach (var number in used.Except(defined))
        {
            warnings.Add(Diagnostic.Warning(file, $"footnote marker [{number}] has no definition"));
        }

        foreach (var number in defined.Except(used))
        {
            warnings.Add(Diagnostic.Warning(file, $"footnote [{number}] is defined but never referenced in the text"));
        }
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    [GeneratedRegex(@"^(How to cite|Cite this|كيفية الاقتباس)", RegexOptions.IgnoreCase)]
    private static partial Regex CitationLabel();

    [GeneratedRegex(@"^[—–-]*\s*Translated (from \w+ )?by (?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TranslatorLine();

    [GeneratedRegex(@"^(?<indent>\s+)?(?:(?<number>\d+)\.|-|•)\s+(?<text>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[.!,:;،؛…]$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"[.!?؟](\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s?\[\d+\]")]
    private static partial Regex FootnoteMarkers();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}
