using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>
/// Rejects Markdown nested absurdly deep before Markdig sees it: thousands of nested list
/// levels take Markdig minutes before it gives up, raw HTML nested thousands deep takes an HTML
/// parser as long, and no real briefing nests past a handful. Fenced code is not counted as HTML.
/// </summary>
public static class NestingGuard
{
    public const int MaxIndentColumns = 96;
    public const int MaxQuoteDepth = 24;

    /// <summary>Raw HTML elements open inside each other (documented in the README).</summary>
    public const int MaxHtmlDepth = 64;

    public static void Check(string markdown, string file, int firstLine)
    {
        var number = firstLine - 1;
        var html = new HtmlDepthCounter(MaxHtmlDepth);
        var fence = "";
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            number++;
            var trimmed = line.TrimStart(' ');
            if (fence.Length > 0 ? trimmed.StartsWith(fence, StringComparison.Ordinal) : trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                fence = fence.Length > 0 ? "" : trimmed[..3].ToString();
                continue;
            }

            if (fence.Length == 0 && html.Feed(line) is var at and >= 0)
            {
                throw new SiteException(file, $"raw HTML nested too deep (over {MaxHtmlDepth} elements inside each other); flatten the structure", number, at + 1);
            }

            var indent = 0;
            var quotes = 0;
            foreach (var c in line)
            {
                if (c == ' ')
                {
                    indent++;
                }
                else if (c == '\t')
                {
                    indent += 4;
                }
                else if (c == '>')
                {
                    quotes++;
                }
                else
                {
                    break;
                }
            }

            if (indent > MaxIndentColumns || quotes > MaxQuoteDepth)
            {
                throw new SiteException(file, $"Markdown nested too deep ({quotes} quote levels, {indent} columns of indentation; the limits are {MaxQuoteDepth} and {MaxIndentColumns}); flatten the structure", number, 1);
            }
        }
    }
}
