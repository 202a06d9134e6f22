using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Rendering;

/// <summary>
/// Renders page bodies with one Markdig pipeline, built once and shared by all threads; what a
/// worker parsed recently is kept only in the <see cref="RecentParses"/> it passes in.
/// Content is untrusted: unsafe link schemes are neutralised in the syntax tree, and a body
/// with raw HTML is cleaned to <see cref="RawHtmlSanitizer"/>'s allow-list.
/// </summary>
public sealed class MarkdownRenderer
{
    // Only what briefings use. Not UseAdvancedExtensions: its generic attributes let content add
    // onclick= or style= to any element, media links embed YouTube iframes (not offline), and
    // maths and diagrams need scripts the site does not ship; it also parses ~4× slower.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        // GitHub-style ids keep Arabic letters; the default would give every Arabic heading id="section".
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseFootnotes()
        .UsePipeTables()
        .UseGridTables()
        .UseListExtras()
        .UseEmphasisExtras()
        .UseDefinitionLists()
        .UseAbbreviations()
        .UseAutoLinks()
        .Build();

    /// <param name="images">The page's local images and the output file they are written into; none when null.</param>
    /// <param name="recent">The worker's recent parses, to reuse and add to; parsed afresh when null.</param>
    public RenderedMarkdown Render(string markdown, ImageLinks? images = null, RecentParses? recent = null)
    {
        var parsed = Parse(markdown, recent);
        if (parsed.Full is null)
        {
            if (parsed.Cut)
            {
                parsed = Remember(markdown, recent);
            }

            var headings = parsed.Document.Descendants<HeadingBlock>()
                .Where(h => h.Level == 2)
                .Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", InlineText(h.Inline)))
                .ToList();
            parsed.Full = new RenderedMarkdown(ToHtml(parsed.Document, images), headings);
        }

        return parsed.Full;
    }

    /// <summary>
    /// The body cut before each level-2 heading, for the side-by-side view. Heading ids get
    /// <paramref name="idPrefix"/> so two languages can share a page; footnotes stay on the full page.
    /// </summary>
    public IReadOnlyList<string> RenderSections(string markdown, string idPrefix, ImageLinks? images = null, RecentParses? recent = null)
    {
        var parsed = Parse(markdown, recent);
        var key = idPrefix + "\n" + images?.Key;
        if (parsed.Sections is { } known && parsed.SectionPrefix == key)
        {
            return known;
        }

        if (parsed.Cut)
        {
            parsed = Remember(markdown, recent);
        }

        var document = parsed.Document;
        parsed.Cut = true;
        foreach (var group in document.Descendants<FootnoteGroup>().ToList())
        {
            group.Parent?.Remove(group);
        }

        foreach (var link in document.Descendants<FootnoteLink>().ToList())
        {
            link.Remove();
        }

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            attributes.Id = attributes.Id is { Length: > 0 } id ? idPrefix + id : null;
        }

        var sections = new List<MarkdownDocument> { new() };
        foreach (var block in document.ToList())
        {
            document.Remove(block);
            if (block is HeadingBlock { Level: 2 } && sections[^1].Count > 0)
            {
                sections.Add([]);
            }

            sections[^1].Add(block);
        }

        parsed.SectionPrefix = key;
        return parsed.Sections = [.. sections.Where(s => s.Count > 0).Select(s => ToHtml(s, images))];
    }

    private ParsedText Parse(string markdown, RecentParses? recent) =>
        recent?.Find(this, markdown) ?? Remember(markdown, recent);

    private ParsedText Remember(string markdown, RecentParses? recent)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        UnsafeUrlFilter.Apply(document);
        var entry = new ParsedText(this, markdown, document);
        recent?.Remember(entry);
        return entry;
    }

    private string ToHtml(MarkdownDocument document, ImageLinks? images)
    {
        (images ?? new ImageLinks([], "")).Apply(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();
        var hasRawHtml = document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();
        return hasRawHtml ? RawHtmlSanitizer.Sanitize(html) : html;
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var literal in inline.Descendants<LiteralInline>())
        {
            text.Append(literal.Content.AsSpan());
        }

        return text.ToString();
    }
}

/// <summary>A page body as HTML, with its section headings (for the table of contents).</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Headings);

public sealed record Heading(int Level, string Id, string Text);
