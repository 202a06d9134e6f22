using System.Text;

namespace BriefingSite.Import;

/// <summary>The Markdown of a seed's body and what it counted.</summary>
public sealed record ComposedBody(string Markdown, int Headings, int Paragraphs, IReadOnlySet<int> UsedNotes);

/// <summary>
/// Writes body nodes as Markdown: <c>##</c> headings, paragraphs, lists (through
/// <see cref="ListBuilder"/>), then footnote definitions. Text is escaped so it shows literally,
/// and defined footnote markers become Markdown footnote references.
/// </summary>
public static class MarkdownComposer
{
    public static ComposedBody Compose(IReadOnlyList<BodyNode> nodes, IReadOnlyDictionary<int, string> definitions)
    {
        var used = new SortedSet<int>();
        var defined = definitions.Keys.ToHashSet();
        string Inline(string text) => FootnoteExtractor.LinkMarkers(MarkdownEscaper.Escape(text), used, defined);

        var markdown = new StringBuilder();
        int headings = 0, paragraphs = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            switch (nodes[i])
            {
                case HeadingNode heading:
                    markdown.Append("## ").Append(Inline(heading.Text)).Append("\n\n");
                    headings++;
                    break;
                case ListItemNode:
                    var run = nodes.Skip(i).TakeWhile(n => n is ListItemNode).Cast<ListItemNode>().ToList();
                    markdown.Append(ListBuilder.Render(run, Inline)).Append('\n');
                    i += run.Count - 1;
                    break;
                default:
                    markdown.Append(Inline(nodes[i].Text)).Append("\n\n");
                    paragraphs++;
                    break;
            }
        }

        foreach (var (number, text) in definitions)
        {
            markdown.Append(FormattableString.Invariant($"[^{number}]: {MarkdownEscaper.Escape(text)}\n"));
        }

        return new ComposedBody(markdown.ToString().TrimEnd() + "\n", headings, paragraphs, used);
    }
}
