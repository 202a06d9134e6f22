using BriefingSite.Import.Images;

namespace BriefingSite.Import.Html;

/// <summary>A page rendered as seed text: the text, its heading lines (1-based line → Markdown level), the images kept and what was left out.</summary>
public sealed record HtmlRendering(string Text, IReadOnlyDictionary<int, int> Headings, IReadOnlyList<SeedImage> Images, IReadOnlyList<string> LeftOut)
{
    /// <summary>Blocks joined by a blank line, each heading's line counted as the parser counts lines (from 1).</summary>
    public static HtmlRendering Compose(IReadOnlyList<RenderedBlock> blocks, HtmlImages images)
    {
        var headings = new Dictionary<int, int>();
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            if (block.HeadingLevel is { } level)
            {
                headings[lines.Count + 1] = level;
            }

            lines.AddRange(block.Lines);
        }

        return new HtmlRendering(string.Join('\n', lines) + "\n", headings, images.Kept, images.LeftOut);
    }
}
