using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>
/// Rejects Markdown nested absurdly deep before Markdig sees it: thousands of nested list
/// levels take Markdig minutes before it gives up, and no real briefing nests past a handful.
/// </summary>
public static class NestingGuard
{
    public const int MaxIndentColumns = 96;
    public const int MaxQuoteDepth = 24;

    public static void Check(string markdown, string file, int firstLine)
    {
        var number = firstLine - 1;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            number++;
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
