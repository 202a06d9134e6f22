using Markdig.Syntax;

namespace BriefingSite.Rendering;

/// <summary>One parsed text and what was rendered from it; <c>Cut</c> once split into sections (the tree is then changed).</summary>
internal sealed class ParsedText(MarkdownRenderer owner, string markdown, MarkdownDocument document)
{
    public MarkdownRenderer Owner { get; } = owner;

    public string Markdown { get; } = markdown;

    public MarkdownDocument Document { get; } = document;

    public RenderedMarkdown? Full { get; set; }

    public IReadOnlyList<string>? Sections { get; set; }

    /// <summary>The heading id prefix and output file the sections were written for.</summary>
    public string? SectionPrefix { get; set; }

    public bool Cut { get; set; }
}
