using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Turns the body's blocks into paragraphs and list items. A list line is a bullet
/// (<c>-</c>, <c>•</c>, <c>*</c>) or a number with <c>.</c> or <c>)</c>; an indented one is nested
/// under the item before it. Other lines of a block are wrapped text and are joined with spaces.
/// </summary>
public static partial class BodyNodeReader
{
    public static List<BodyNode> Read(IEnumerable<TextBlock> blocks)
    {
        var nodes = new List<BodyNode>();
        var indents = new Stack<int>();
        foreach (var block in blocks)
        {
            var pending = new List<string>();
            var pendingLine = block.StartLine;
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = block.Lines[i];
                var match = ListLine().Match(line);
                if (!match.Success || PageNumber.Is(line))
                {
                    if (pending.Count == 0)
                    {
                        pendingLine = block.StartLine + i;
                    }

                    pending.Add(line.Trim());
                    continue;
                }

                FlushPending();
                var level = LevelOf(match.Groups["indent"].Value.Replace("\t", "    ", StringComparison.Ordinal).Length, indents);
                var number = match.Groups["number"].Success ? ParseNumber(match.Groups["number"].Value) : (int?)null;
                nodes.Add(new ListItemNode(match.Groups["text"].Value.Trim(), block.StartLine + i, number, level));
            }

            FlushPending();

            void FlushPending()
            {
                if (pending.Count == 0)
                {
                    return;
                }

                var text = JoinWrapped(pending);
                if (nodes.Count > 0 && nodes[^1] is ListItemNode item && item.Line >= block.StartLine)
                {
                    // Wrapped continuation of a list item inside the same block.
                    nodes[^1] = item with { Text = JoinWrapped([item.Text, text]) };
                }
                else
                {
                    nodes.Add(new ParagraphNode(text, pendingLine, pending.Count));
                }

                pending.Clear();
            }
        }

        return nodes;
    }

    /// <summary>True when <paramref name="line"/> starts a list item.</summary>
    public static bool IsListLine(string line) => ListLine().IsMatch(line);

    /// <summary>Joins wrapped lines with spaces; a line ending in a hyphen joins the next without one.</summary>
    public static string JoinWrapped(IReadOnlyList<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0 && text[^1] != '-')
            {
                text.Append(' ');
            }

            text.Append(line.Trim());
        }

        return text.ToString();
    }

    /// <summary>Parses ASCII or Arabic-Indic digits.</summary>
    public static int ParseNumber(string digits) =>
        digits.Aggregate(0, (value, c) => (value * 10) + (int)char.GetNumericValue(c));

    private static int LevelOf(int indent, Stack<int> indents)
    {
        while (indents.Count > 0 && indent < indents.Peek())
        {
            indents.Pop();
        }

        if (indents.Count == 0 || indent > indents.Peek())
        {
            indents.Push(indent);
        }

        return indents.Count - 1;
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:(?<number>\d{1,3})[.)]|[-•▪◦*])\s+(?<text>\S.*)$")]
    private static partial Regex ListLine();
}
