using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Converts a decoded seed into front-matter and Markdown by running small rules in order:
/// lint the raw text, remove boilerplate, take the metadata blocks out (footnote definitions,
/// citation, translator credit, contact lines, page notes, cover), then read the body,
/// repair page breaks, find headings and write Markdown.
/// </summary>
public sealed class SeedParser(SiteConfig config)
{
    private readonly BoilerplateRemover _boilerplate = new(config.Import.Boilerplate);

    public ParsedSeed Parse(SeedText seed, SeedOverrides overrides)
    {
        var file = seed.File;
        var warnings = TextLinter.Lint(file, seed.Text);
        var detected = ScriptDetector.Detect(seed.Text);
        var language = overrides.Lang ?? config.Languages.FirstOrDefault(l => l.Script == detected)?.Code ?? config.DefaultLanguage;
        var script = config.Languages.FirstOrDefault(l => l.Code == language)?.Script ?? detected;

        var blocks = TextBlock.Split(seed.Text).ToList();
        var removed = _boilerplate.Remove(blocks);
        var definitions = FootnoteExtractor.TakeDefinitions(blocks);
        var citation = CitationReader.Take(blocks);
        var translator = TranslatorReader.Take(blocks);
        var contact = ContactLineReader.Take(blocks);
        var notes = PageNoteTaker.Take(blocks);
        List<string>? knownAuthors = overrides.Authors ?? (citation?.Author is { } cited ? [cited] : null);
        var cover = CoverBlockReader.Take(blocks, overrides.Title ?? citation?.Title, script, knownAuthors);
        var title = cover.Title ?? throw new SiteException(file, "no title found: add 'title' for this seed in seeds/seeds.yml");
        foreach (var block in cover.Unrecognised)
        {
            warnings.Add(Diagnostic.Warning(file, "cover text not recognised as metadata; kept at the start of the body", block.StartLine));
        }

        var authorNote = cover.AuthorMarked && notes.Count > 0 ? notes[0] : null;
        var nodes = BodyNodeReader.Read(blocks);
        foreach (var note in notes.Skip(authorNote is null ? 0 : 1))
        {
            warnings.Add(Diagnostic.Warning(file, $"page note '* {Short(note)}' has no marked line it belongs to; kept at the end of the body"));
            nodes.Add(new ParagraphNode("* " + note, 0));
        }

        nodes = PageBreakJoiner.Join(
            nodes,
            pageNumber => removed.Add($"page number (line {pageNumber.Line}): {pageNumber.Text}"),
            bullet => warnings.Add(Diagnostic.Warning(file, "list item ends without a full stop and a paragraph follows; if a page break cut it, join them by hand", bullet.Line)));
        nodes = HeadingDetector.Detect(nodes);

        var body = MarkdownComposer.Compose(nodes, definitions.ToDictionary(d => d.Key, d => d.Value.Text));
        ReportFootnoteMismatches(file, definitions, body.UsedNotes, warnings);
        var topics = overrides.Topics ?? TopicProposer.Propose(seed.Text, language, config);
        var slug = overrides.Slug ?? SlugMaker.Make(title);
        if (slug.Length == 0)
        {
            throw new SiteException(file, "the title gives no usable slug: add 'slug' for this seed in seeds/seeds.yml");
        }

        var meta = new FrontMatter
        {
            Title = title,
            Lang = language,
            Slug = slug,
            TranslationKey = overrides.TranslationKey,
            Date = overrides.Date,
            Year = overrides.Year ?? citation?.Year ?? contact.CopyrightYear,
            Season = citation?.Season,
            Authors = knownAuthors ?? cover.Authors,
            AuthorNote = authorNote,
            Translator = translator,
            Publisher = overrides.Publisher ?? cover.Publisher,
            PublisherAlt = overrides.PublisherAlt ?? cover.PublisherAlt,
            PublisherUrl = overrides.PublisherUrl is { } url ? ManifestUrl(url, file, warnings) : contact.Url,
            PublisherEmail = contact.Email,
            Publication = citation?.Publication ?? cover.Series,
            Issue = citation?.Issue,
            Copyright = contact.Copyright,
            Citation = citation?.Text,
            AboutPublisher = cover.AboutPublisher,
            Disclaimer = cover.Disclaimer,
            Summary = overrides.Summary ?? SummaryMaker.Make(nodes),
            Abstracts = overrides.Abstracts,
            Topics = topics,
            Source = new SourceInfo { File = Path.GetFileName(file), Sha256 = seed.Sha256 },
        };

        var report = new ImportReport(file, language, title, slug, body.Headings, body.Paragraphs, definitions.Count, topics, removed, warnings);
        return new ParsedSeed(meta, body.Markdown, report);
    }

    private static void ReportFootnoteMismatches(string file, SortedDictionary<int, FootnoteDefinition> defined, IReadOnlyDictionary<int, int> used, List<Diagnostic> warnings)
    {
        foreach (var (number, line) in used.Where(u => !defined.ContainsKey(u.Key)))
        {
            warnings.Add(Diagnostic.Warning(file, $"footnote marker [{number}] has no definition; it is left as written", line));
        }

        foreach (var (number, definition) in defined.Where(d => !used.ContainsKey(d.Key)))
        {
            warnings.Add(Diagnostic.Warning(file, $"footnote [{number}] is defined but never referenced in the text", definition.Line));
        }
    }

    /// <summary>A <c>publisher_url</c> from <c>seeds.yml</c>, or null with a warning when <see cref="UrlPolicy"/> refuses it.</summary>
    private static string? ManifestUrl(string url, string file, List<Diagnostic> warnings)
    {
        if (ContactLineReader.Absolute(url) is { } absolute)
        {
            return absolute;
        }

        warnings.Add(Diagnostic.Warning(file, $"publisher_url '{Short(url)}' in {SeedManifest.FileName} is not an http(s) address (or holds control characters); left out"));
        return null;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
