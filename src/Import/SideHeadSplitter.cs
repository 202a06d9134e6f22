namespace BriefingSite.Import;

/// <summary>
/// Separates side-heads from the body in text laid out in columns (as <c>pdftotext -layout</c>
/// writes a report whose section titles stand in a left margin): in a block whose lines are
/// indented to a body column, text that starts left of that column and ends before it is a
/// side-head, even when it shares a line with body text. The side-head becomes a block of its
/// own before the body (whose lines keep their indentation), and a line holding only side-head text ends the body's paragraph there
/// (the layout drops the blank line it stood beside).
/// </summary>
public static class SideHeadSplitter
{
    /// <summary>Narrower margins are ordinary indentation (a quote, a nested list).</summary>
    private const int MinBodyColumn = 8;
    private const int MinGap = 2;

    public static List<TextBlock> Split(IEnumerable<TextBlock> blocks) => [.. blocks.SelectMany(SplitBlock)];

    private static IEnumerable<TextBlock> SplitBlock(TextBlock block)
    {
        var lines = block.Lines.Select(l => l.TrimStart('\f')).ToList();
        var column = BodyColumn(lines);
        // A side-head layout also has body lines with nothing in the margin; rows of a table do not.
        if (column < MinBodyColumn || !lines.Any(l => SideAndBody(l, column) is not null) || !lines.Any(l => Indent(l) == column))
        {
            return [block];
        }

        var side = new List<string>();
        var sideStart = 0;
        var result = new List<TextBlock>();
        var body = new List<string>();
        var bodyStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = block.StartLine + i;
            if (SideAndBody(line, column) is { } parts)
            {
                AddSide(parts.Side, number);
                AddBody(new string(' ', column) + parts.Body, number);
            }
            else if (IsSideOnly(line, column))
            {
                AddSide(line.Trim(), number);
                FlushBody();
            }
            else
            {
                AddBody(line, number);
            }
        }

        FlushBody();
        if (side.Count > 0)
        {
            result.Insert(0, new TextBlock([.. side], sideStart));
        }

        return result;

        void AddSide(string text, int number)
        {
            if (side.Count == 0)
            {
                sideStart = number;
            }

            side.Add(text);
        }

        void AddBody(string text, int number)
        {
            if (body.Count == 0)
            {
                bodyStart = number;
            }

            body.Add(text);
        }

        void FlushBody()
        {
            if (body.Count > 0)
            {
                result.Add(new TextBlock([.. body], bodyStart));
                body = [];
            }
        }
    }

    /// <summary>
    /// The column most body text of the block starts at: the indentation of indented lines and
    /// the start of text after a gap on margin lines; 0 when fewer than two lines agree.
    /// </summary>
    private static int BodyColumn(List<string> lines)
    {
        var starts = lines.Select(BodyStart).Where(i => i >= MinBodyColumn).ToList();
        var common = starts.GroupBy(i => i).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
        return common is null || common.Count() < 2 ? 0 : common.Key;
    }

    private static int BodyStart(string line)
    {
        var indent = Indent(line);
        if (indent > 0)
        {
            return indent;
        }

        var gap = line.IndexOf(new string(' ', MinGap), StringComparison.Ordinal);
        if (gap < 0)
        {
            return 0;
        }

        var start = gap;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }

        return start < line.Length ? start : 0;
    }

    /// <summary>A line with margin text, a gap, and body text starting exactly at the body column.</summary>
    private static (string Side, string Body)? SideAndBody(string line, int column)
    {
        if (line.Length <= column || Indent(line) >= column - MinGap || line[column] == ' ')
        {
            return null;
        }

        var margin = line[..column];
        return margin.EndsWith(new string(' ', MinGap), StringComparison.Ordinal) ? (margin.Trim(), line[column..].TrimEnd()) : null;
    }

    private static bool IsSideOnly(string line, int column) => Indent(line) < column - MinGap && line.TrimEnd().Length <= column - MinGap;

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
