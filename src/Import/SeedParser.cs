using System.Globalization;
using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Converts a decoded seed into front-matter and Markdown by running small rules in order:
/// remove page furniture and link notes line by line (<see cref="LineFurnitureRemover"/>,
/// <see cref="NoteLinker"/>), lint the raw text, separate margin side-heads, remove boilerplate
/// blocks, take the metadata blocks out (citation, translator credit, contact lines, page notes,
/// cover), then read the body, join headings that layout split, repair page breaks, find headings and write Markdown.
/// </summary>
public sealed class SeedParser(SiteConfig config)
{
    private readonly BoilerplateRemover _boilerplate = new(config.Import.Boilerplate);
    private readonly LineFurnitureRemover _furniture = new(config.Import.Boilerplate);

    public ParsedSeed Parse(SeedText seed, SeedOverrides overrides)
    {
        var file = seed.File;
        var warnings = new List<Diagnostic>();
        var declared = seed.Properties;
        var language = overrides.Lang
            ?? (declared.LanguageCode is { } code && config.Languages.Any(l => l.Code == code) ? code : null)
            ?? LanguageChooser.Choose(file, seed.Text, config);
        var script = config.Languages.FirstOrDefault(l => l.Code == language)?.Script ?? ScriptDetector.Detect(seed.Text);

        // Line rules first, so every line keeps its number: furniture, then notes, then the page
        // numbers no note claimed; paragraphs are formed from what is left.
        // Bidi embedding marks (as pdftotext wraps each Arabic line in) hide a line's words from
        // every pattern; the site would strip them from the body anyway.
        var text = RtlVisualOrderRepair.Fix(RtlStopFixer.Fix(BidiControls.Strip(seed.Text)));
        var lines = PagedText.Split(NoteMarker.Sanitize(text));
        var removed = _furniture.RemoveLines(lines);
        var definitions = NoteLinker.Link(lines, config.Import.NoteHeadings, _furniture.IsPageNumber, file, warnings);
        removed.AddRange(_furniture.RemovePageNumbers(lines));
        warnings.InsertRange(0, TextLinter.Lint(file, seed.Text, lines.Removed));

        var blocks = CaptionSplitter.Split(SideHeadSplitter.Split(UnwrappedParagraphs.Split(TextBlock.Split(lines.Text))));
        removed.AddRange(_boilerplate.Remove(blocks));
        var citation = CitationReader.Take(blocks);
        var translator = TranslatorReader.TakeCredit(blocks);
        var contact = ContactLineReader.Take(blocks);
        var notes = PageNoteTaker.Take(blocks);
        var markdown = MarkdownSource.Is(text);
        var fields = markdown ? MarkdownSource.TakeFields(blocks) : new MarkdownFields();
        var stated = MetadataLineReader.Take(blocks, script, [.. lines.Removed.Values]);
        stated = stated with
        {
            Date = fields.Date ?? stated.Date,
            Publisher = fields.Publisher ?? stated.Publisher,
            Url = fields.Url ?? stated.Url,
            ReportNumber = fields.ReportNumber ?? stated.ReportNumber,
        };
        List<string>? knownAuthors = overrides.Authors ?? (citation?.Author is { } cited ? [cited] : null);
        var evidence = new TitleEvidence(overrides.Title, citation?.Title, stated, declared.Title, markdown);
        var (cover, title) = TitleChooser.Choose(blocks, evidence, script, knownAuthors, file, warnings);
        foreach (var block in cover.Unrecognised)
        {
            warnings.Add(Diagnostic.Warning(file, "cover text not recognised as metadata; kept at the start of the body", block.StartLine));
        }

        var authorNote = cover.AuthorMarked && notes.Count > 0 ? notes[0] : null;
        var nodes = WordPerLineJoiner.Join(BodyNodeReader.Read(TrailingHeadingSplitter.Split(blocks)));
        foreach (var note in notes.Skip(authorNote is null ? 0 : 1))
        {
            warnings.Add(Diagnostic.Warning(file, $"page note '* {Short(note)}' has no marked line it belongs to; kept at the end of the body"));
            nodes.Add(new ParagraphNode("* " + note, 0));
        }

        nodes = Structure(nodes, seed, lines, text, title, markdown, removed, warnings);
        var (publisher, initials) = PublisherChooser.Choose(overrides.Publisher, stated, cover, declared.Publisher);
        nodes = seed.Headings is null ? LetterheadLines.Demote(nodes, publisher) : nodes;

        var slug = overrides.Slug ?? SlugMaker.Make(title, language, config.Import.Slugs == ImportConfig.NativeSlugs);
        if (slug.Length == 0)
        {
            throw new SiteException(file, "the title gives no usable slug: add 'slug' for this seed in seeds/seeds.yml");
        }

        // A kept image goes into a folder named after the briefing, beside its Markdown file.
        var body = MarkdownComposer.Compose(nodes, definitions.ToDictionary(d => d.Key, d => d.Value.Text), seed.Images, slug);
        foreach (var image in body.Images.Where(i => i.Image.Alt.Length == 0))
        {
            warnings.Add(Diagnostic.Warning(file, $"image {image.Path} ({image.Image.Origin}) has no caption or alt text; write what it shows between the brackets of ![](…) in the Markdown", image.Line));
        }

        var topics = overrides.Topics ?? TopicProposer.Propose(seed.Text, language, config);

        var meta = new FrontMatter
        {
            Title = title,
            Lang = language,
            Slug = slug,
            TranslationKey = overrides.TranslationKey,
            Date = overrides.Date ?? stated.Date ?? declared.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Year = overrides.Year ?? citation?.Year ?? stated.Year ?? contact.CopyrightYear,
            Season = citation?.Season,
            Authors = knownAuthors ?? (cover.Authors.Count > 0 ? cover.Authors : stated.Authors.Count > 0 ? stated.Authors : [.. declared.Authors]),
            AuthorNote = authorNote ?? (knownAuthors is null && cover.Authors.Count == 0 ? stated.AuthorRole : null),
            Translator = translator?.Name,
            TranslatedFrom = translator?.From,
            Publisher = publisher,
            PublisherAlt = overrides.PublisherAlt ?? cover.PublisherAlt ?? initials,
            PublisherUrl = overrides.PublisherUrl is { } url ? ManifestUrl(url, file, warnings) : contact.Url ?? (stated.Url is { } statedUrl ? ContactLineReader.Absolute(statedUrl) : null),
            PublisherEmail = contact.Email,
            Publication = citation?.Publication ?? cover.Series,
            Issue = citation?.Issue,
            ReportNumber = stated.ReportNumber ?? declared.ReportNumber,
            Copyright = contact.Copyright,
            Citation = citation?.Text,
            AboutPublisher = cover.AboutPublisher,
            Disclaimer = cover.Disclaimer,
            Summary = overrides.Summary ?? declared.Summary ?? SummaryMaker.Make([.. nodes.Select(n => n with { Text = Images.ImageMarker.Strip(NoteMarker.Strip(n.Text)) })], script, cover.Unrecognised.Select(b => b.StartLine).ToHashSet()),
            Abstracts = overrides.Abstracts,
            Topics = topics,
            Source = new SourceInfo { File = Path.GetFileName(file), Sha256 = seed.Sha256 },
        };

        var report = new ImportReport(file, language, title, slug, body.Headings, body.Paragraphs, definitions.Count, topics, removed, warnings)
        {
            Authors = meta.Authors,
            Date = meta.Date,
            Publisher = meta.Publisher,
            ReportNumber = meta.ReportNumber,
            Tables = ImportReport.CountTables(body.Markdown),
            Extractor = seed.Extractor,
            LeftOut = seed.LeftOut,
            Images = body.Images.Count,
        };
        return new ParsedSeed(meta, body.Markdown, report) { Images = body.Images };
    }

    /// <summary>Headings, page-break repairs and lost hyphens for the body's nodes, as far as the text's format leaves them to find.</summary>
    private static List<BodyNode> Structure(List<BodyNode> nodes, SeedText seed, PagedText lines, string text, string title, bool markdown, List<string> removed, List<Diagnostic> warnings)
    {
        // A format that states its headings and paragraphs (Word, HTML) has no page breaks cutting
        // them, and a stated heading without a full stop must not be joined to the paragraph below.
        if (seed.Headings is { } headingLines)
        {
            return StatedHeadings.Apply(nodes, headingLines);
        }

        nodes = PageBreakJoiner.Join(
            SplitHeadingJoiner.Join(nodes, lines.ConfirmedHeadings),
            pageNumber => removed.Add($"page number (line {pageNumber.Line}): {pageNumber.Text}"),
            bullet => warnings.Add(Diagnostic.Warning(seed.File, "list item ends without a full stop and a paragraph follows; if a page break cut it, join them by hand", bullet.Line)));
        return markdown ? MarkdownSource.Structure(nodes) : LostHyphens.Restore(HeadingDetector.Detect(nodes, lines.ConfirmedHeadings, title), text);
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
