using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>Fields a Markdown source states on a line of bold labels ("**Published:** 2026-03-05 | **Source:** [GAO](https://…)").</summary>
public sealed record MarkdownFields(string? Date = null, string? Publisher = null, string? Url = null, string? ReportNumber = null);

/// <summary>
/// A text that is already Markdown (it opens with a <c># Title</c> line and has other <c>#</c>
/// headings): its own headings are its headings, at their own depths, and nothing else is;
/// thematic breaks (<c>---</c>) carry no words and go; a line of bold labels gives metadata.
/// </summary>
public static partial class MarkdownSource
{
    private const int TopBlocks = 4;

    public static bool Is(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        return lines.Count > 1 && lines[0].StartsWith("# ", StringComparison.Ordinal) && lines.Skip(1).Any(l => AtxHeading().IsMatch(l));
    }

    /// <summary>The text of an ATX heading line ("### What GAO Found" gives "What GAO Found"), else null.</summary>
    public static string? HeadingText(string line) => AtxHeading().Match(line.Trim()) is { Success: true } m ? m.Groups["text"].Value.Trim() : null;

    /// <summary>Headings from the <c>#</c> lines (the shallowest as <c>##</c>), other headings back to paragraphs, rules out.</summary>
    public static List<BodyNode> Structure(IEnumerable<BodyNode> nodes)
    {
        var list = nodes.Where(n => !ThematicBreak().IsMatch(n.Text)).ToList();
        var depths = list.Select(n => AtxHeading().Match(n.Text.Trim())).Where(m => m.Success).Select(m => m.Groups["hashes"].Length).ToList();
        var shallowest = depths.Count == 0 ? 2 : depths.Min();
        return [.. list.Select(n => AtxHeading().Match(n.Text.Trim()) is { Success: true } m
            ? new HeadingNode(m.Groups["text"].Value.Trim(), n.Line, Math.Min(6, 2 + m.Groups["hashes"].Length - shallowest))
            : n is HeadingNode heading ? new ParagraphNode(heading.Text, heading.Line) : n)];
    }

    /// <summary>Takes a line of bold labels from the first blocks and reads its date, publisher, address and report number.</summary>
    public static MarkdownFields TakeFields(List<TextBlock> blocks)
    {
        for (var i = 0; i < Math.Min(TopBlocks, blocks.Count); i++)
        {
            if (!blocks[i].IsSingleLine)
            {
                continue;
            }

            var fields = LabelledField().Matches(blocks[i].Text).ToDictionary(m => m.Groups["label"].Value.Trim().ToLowerInvariant(), m => m.Groups["value"].Value.Trim(), StringComparer.Ordinal);
            var found = Read(fields);
            if (found != new MarkdownFields())
            {
                blocks.RemoveAt(i);
                return found;
            }
        }

        return new MarkdownFields();
    }

    private static MarkdownFields Read(Dictionary<string, string> fields)
    {
        string? Field(params string[] labels) => labels.Select(l => fields.GetValueOrDefault(l)).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var date = Field("published", "date", "updated", "تاريخ النشر", "التاريخ", "تاریخ", "تاریخ انتشار") is { } written
            ? DateTime.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateFinder.FirstDay(written)?.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        var source = Field("source", "publisher", "المصدر", "الناشر", "منبع", "ناشر");
        var link = source is null ? null : Link().Match(source);
        return new MarkdownFields(
            date,
            link is { Success: true } ? link.Groups["text"].Value.Trim() : source,
            link is { Success: true } ? link.Groups["url"].Value.Trim() : null,
            Field("report", "report number", "رقم التقرير", "شماره گزارش"));
    }

    [GeneratedRegex(@"^(?<hashes>#{1,6})[ \t]+(?<text>.+?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*\\?([-*_])(?:\s*\\?\1){2,}\s*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"\*\*(?<label>[^*:]{1,30}):\*\*\s*(?<value>[^|]*)")]
    private static partial Regex LabelledField();

    [GeneratedRegex(@"^\[(?<text>[^\]]+)\]\((?<url>[^)\s]+)\)$")]
    private static partial Regex Link();
}
