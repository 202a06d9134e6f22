using System.Text;
using BriefingSite.Import.Images;

namespace BriefingSite.Import;

/// <summary>The Markdown of a seed's body and what it counted.</summary>
/// <param name="UsedNotes">Footnote numbers referenced in the text, each with the seed line of its first marker.</param>
/// <param name="Images">The images the Markdown shows, in order, each named for the folder beside the briefing.</param>
public sealed record ComposedBody(string Markdown, int Headings, int Paragraphs, IReadOnlyDictionary<int, int> UsedNotes, IReadOnlyList<ImportedImage> Images);

/// <summary>
/// Writes body nodes as Markdown: headings (<c>##</c> and deeper), pipe tables, <c>&gt;</c> quotations, paragraphs, lists (through
/// <see cref="ListBuilder"/>), then footnote definitions. Text is escaped so it shows literally,
/// the note markers <see cref="NoteLinker"/> placed become Markdown footnote references, and the
/// image markers a web page's or Word file's reader placed become images, <c>![caption](&lt;folder&gt;/figure-1.png)</c>.
/// </summary>
public static class MarkdownComposer
{
    /// <param name="images">The seed's kept images, by the index its markers name.</param>
    /// <param name="imageFolder">The folder beside the briefing the images are written to (its slug).</param>
    public static ComposedBody Compose(IReadOnlyList<BodyNode> nodes, IReadOnlyDictionary<int, string> definitions, IReadOnlyList<SeedImage>? images = null, string imageFolder = "")
    {
        var used = new SortedDictionary<int, int>();
        var placed = new List<ImportedImage>();
        var line = 0;
        string Image(int index)
        {
            if (images is null || index >= images.Count)
            {
                return "";
            }

            var image = images[index];
            var path = FormattableString.Invariant($"{imageFolder}/figure-{placed.Count + 1}{image.Format.Extension}");
            placed.Add(new ImportedImage(path, image, line));
            return $"![{MarkdownEscaper.Escape(image.Alt)}]({path})";
        }

        string Inline(string text)
        {
            var numbers = new HashSet<int>();
            // Escape the seed's text first: only the importer's note and image markers become Markdown here.
            var linked = ImageMarker.ToMarkdown(NoteMarker.ToMarkdown(MarkdownEscaper.Escape(text), numbers), Image);
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
                    markdown.Append('#', heading.Level).Append(' ').Append(Inline(heading.Text)).Append("\n\n");
                    headings++;
                    break;
                case ListItemNode:
                    var run = nodes.Skip(i).TakeWhile(n => n is ListItemNode).Cast<ListItemNode>().ToList();
                    markdown.Append(ListBuilder.Render(run, Inline)).Append('\n');
                    i += run.Count - 1;
                    break;
                case TableNode table:
                    markdown.Append(TableWriter.Write(table, Inline)).Append('\n');
                    break;
                case QuoteNode quote:
                    markdown.Append("> ").Append(Inline(quote.Text)).Append("\n\n");
                    paragraphs++;
                    break;
                default:
                    markdown.Append(Inline(nodes[i].Text)).Append("\n\n");
                    paragraphs += ImageMarker.IsOnlyImages(nodes[i].Text) ? 0 : 1;
                    break;
            }
        }

        foreach (var (number, text) in definitions)
        {
            markdown.Append(FormattableString.Invariant($"[^{number}]: {MarkdownEscaper.Escape(text)}\n"));
        }

        return new ComposedBody(markdown.ToString().TrimEnd() + "\n", headings, paragraphs, used, placed);
    }
}
