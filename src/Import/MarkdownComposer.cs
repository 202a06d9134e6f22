using System.Text;

namespace BriefingSite.Import;

/// <summary>The Markdown of a seed's body and what it counted.</summary>
/// <param name="UsedNotes">Footnote numbers referenced in the text, each with the seed line of its first marker.</param>
public sealed record ComposedBody(string Markdown, int Headings, int Paragraphs, IReadOnlyDictionary<int, int> UsedNotes);

/// <summary>
/// Writes body nodes as Markdown: <c>##</c> headings, paragraphs, lists (through
/// <see cref="ListBuilder"/>), then footnote definitions. Text is escaped so it shows literally;
/// defined footnote markers become Markdown footnote references, inserted around the escaped text.
/// </summary>
public static class MarkdownComposer
{
    public static ComposedBody Compose(IReadOnlyList<BodyNode> nodes, IReadOnlyDictionary<int, string> definitions)
    {
        var used = new SortedDictionary<int, int>();
        var defined = definitions.Keys.ToHashSet();
        var line = 0;
        string Inline(string text)
        {
            var numbers = new HashSet<int>();
            var linked = MarkdownEscaper.Escape(text, raw => FootnoteExtractor.LinkMarkers(raw, numbers, defined));
            foreach (var number in numbers)
            {
                used.TryAdd(number, line);
            }

            return linked;
        }

        var markdown = new StringBuilder();
        int headings = 0, paragraphs = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            line = nodes[i].Line;
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
