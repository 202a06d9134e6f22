using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Turns the body's blocks into paragraphs and list items. A list line starts with a bullet
/// (<c>-</c>, <c>–</c>, <c>•</c>, <c>●</c>, <c>▪</c>, <c>*</c>), a number (<c>1.</c>, <c>1)</c>,
/// <c>١-</c>, <c>(١)</c>) or a letter (<c>a)</c>, <c>(b)</c>, <c>أ-</c>, <c>ب)</c>, kept in the
/// item's text); an indented one is nested under the item before it. A numbered or lettered
/// line that follows a paragraph line ending mid-sentence, or any line ending in a hyphen
/// (<c>P.L. 66-</c> / <c>261.</c>), continues that text. A bullet alone on a
/// line (as pdftotext writes one) marks the text after it as an item. Other lines of a block
/// are wrapped text, joined by <see cref="LineJoiner"/>; a short title-case first line above
/// longer ones is a heading written directly above its paragraph and stands apart. A block of
/// aligned columns is a table (<see cref="TableReader"/>); <c>&gt;</c> lines, a block indented
/// beyond the text around it and a paragraph wholly in quotation marks are quotations, never
/// part of a list item.
/// </summary>
public static partial class BodyNodeReader
{
    private const double HeadingLineShare = 0.7;
    private const int QuoteIndent = 4;

    public static List<BodyNode> Read(IEnumerable<TextBlock> blocks)
    {
        var all = blocks.ToList();
        var joiner = new LineJoiner(all.SelectMany(b => b.Lines));
        var nodes = new List<BodyNode>();
        var indents = new Stack<int>();
        var bareBullets = 0;
        for (var b = 0; b < all.Count; b++)
        {
            var block = all[b];
            if (!block.Lines.Any(IsListLine) && TableReader.Read(block) is { } table)
            {
                nodes.Add(table);
                continue;
            }

            if (IsSetApart(all, b))
            {
                nodes.Add(new QuoteNode(joiner.Join(block.Lines), block.StartLine));
                continue;
            }

            var pending = new List<string>();
            var pendingLine = block.StartLine;
            var quoted = new List<string>();
            var quotedLine = block.StartLine;
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var line = block.Lines[i];
                if (QuoteLine().Match(line) is { Success: true } quote)
                {
                    FlushPending();
                    if (quoted.Count == 0)
                    {
                        quotedLine = block.StartLine + i;
                    }

                    quoted.Add(quote.Groups["text"].Value);
                    continue;
                }

                FlushQuote();
                if (BareBullet().IsMatch(line))
                {
                    FlushPending();
                    bareBullets++;
                    continue;
                }

                var match = ListLine().Match(line);
                if (!match.Success || PageNumber.Is(line) || Continues(match, i > 0 ? block.Lines[i - 1] : null, pending.Count > 0 && !ContinuesItem(nodes, block)))
                {
                    if (pending.Count == 0)
                    {
                        pendingLine = block.StartLine + i;
                    }

                    pending.Add(line.Trim());
                    continue;
                }

                FlushPending();
                bareBullets = 0;
                var level = LevelOf(match.Groups["indent"].Value.Replace("\t", "    ", StringComparison.Ordinal).Length, indents);
                var number = match.Groups["number"].Success ? ParseNumber(match.Groups["number"].Value) : (int?)null;
                var text = match.Groups["letter"].Success ? match.Groups["letter"].Value + " " + match.Groups["text"].Value.Trim() : match.Groups["text"].Value.Trim();
                nodes.Add(new ListItemNode(text, block.StartLine + i, number, level));
            }

            FlushPending();
            FlushQuote();

            void FlushQuote()
            {
                if (quoted.Count > 0)
                {
                    nodes.Add(new QuoteNode(joiner.Join(quoted), quotedLine));
                    quoted.Clear();
                }
            }

            void FlushPending()
            {
                if (pending.Count == 0)
                {
                    return;
                }

                if (pending.Count > 1 && IsHeadingAbove(pending))
                {
                    nodes.Add(new ParagraphNode(pending[0], pendingLine));
                    pending.RemoveAt(0);
                    pendingLine++;
                }

                var text = joiner.Join(pending);
                if (ContinuesItem(nodes, block))
                {
                    var item = (ListItemNode)nodes[^1];
                    // Wrapped continuation of a list item inside the same block.
                    nodes[^1] = item with { Text = joiner.Join([item.Text, text]) };
                }
                else if (pending.Count == block.Lines.Count && IsWhollyQuoted(text))
                {
                    nodes.Add(new QuoteNode(text, pendingLine));
                }
                else
                {
                    var paragraph = new ParagraphNode(text, pendingLine, pending.Count);

                    // One bullet alone above this text marks it as an item; several in a row are
                    // markers pdftotext moved away from their items, and a heading is never an item.
                    nodes.Add(bareBullets == 1 && !HeadingDetector.LooksLikeHeading(paragraph)
                        ? new ListItemNode(text, pendingLine, null, 0)
                        : paragraph);
                    bareBullets = 0;
                }

                pending.Clear();
            }
        }

        return nodes;
    }

    /// <summary>True when <paramref name="line"/> starts a list item.</summary>
    public static bool IsListLine(string line) => ListLine().IsMatch(line);

    /// <summary>Joins wrapped lines with spaces; a line ending in a hyphen joins the next without one.</summary>
    public static string JoinWrapped(IReadOnlyList<string> lines) => LineJoiner.KeepingHyphens.Join(lines);

    /// <summary>Parses ASCII or Arabic-Indic digits.</summary>
    public static int ParseNumber(string digits) =>
        digits.Aggregate(0, (value, c) => (value * 10) + (int)char.GetNumericValue(c));

    /// <summary>
    /// A numbered or lettered line after a paragraph line that ends mid-sentence continues it
    /// ("in fiscal year" / "12. That"); after any line ending in a hyphen it always does.
    /// Inside a list (the line before belongs to an item) it is the next item.
    /// </summary>
    private static bool Continues(Match item, string? previous, bool inParagraph)
    {
        if (previous is null)
        {
            return false;
        }

        if (EndsInHyphen(previous))
        {
            return true;
        }

        return (item.Groups["number"].Success || item.Groups["letter"].Success) && inParagraph && !SentenceEnd.Ends(previous);
    }

    /// <summary>
    /// A block indented further than the running text on both sides of it (blocks that end a
    /// sentence or lead in with a colon, not a side-head or a title) is a quotation; a list is not.
    /// </summary>
    private static bool IsSetApart(List<TextBlock> blocks, int b)
    {
        if (b == 0 || b + 1 >= blocks.Count || blocks[b].Lines.Any(IsListLine))
        {
            return false;
        }

        var indent = blocks[b].Lines.Min(Indent);
        return indent >= QuoteIndent
            && SentenceEnd.Ends(blocks[b - 1].Lines[^1]) && SentenceEnd.Ends(blocks[b + 1].Lines[^1])
            && indent - blocks[b - 1].Lines.Max(Indent) >= QuoteIndent
            && indent - blocks[b + 1].Lines.Max(Indent) >= QuoteIndent;
    }

    private static int Indent(string line) => line.Replace("\t", "    ", StringComparison.Ordinal).Length - line.Replace("\t", "    ", StringComparison.Ordinal).TrimStart().Length;

    /// <summary>A paragraph that is one quotation: “…”, «…» or "…" with no closing mark inside.</summary>
    private static bool IsWhollyQuoted(string text)
    {
        var trimmed = text.TrimEnd('.', ' ');
        return trimmed.Length > 2 && trimmed[0] switch
        {
            '“' => trimmed[^1] == '”' && trimmed.Count(c => c == '”') == 1,
            '«' => trimmed[^1] == '»' && trimmed.Count(c => c == '»') == 1,
            '"' => trimmed[^1] == '"' && trimmed.Count(c => c == '"') == 2,
            _ => false,
        };
    }

    /// <summary>Lines after a list item in the same block are its wrapped text.</summary>
    private static bool ContinuesItem(List<BodyNode> nodes, TextBlock block) =>
        nodes.Count > 0 && nodes[^1] is ListItemNode item && item.Line >= block.StartLine;

    private static bool EndsInHyphen(string line) => line.TrimEnd() is [.., var before, '-'] && char.IsLetterOrDigit(before);

    /// <summary>A short title-case line above longer lines that make a paragraph (ending a sentence).</summary>
    private static bool IsHeadingAbove(List<string> lines)
    {
        var first = lines[0];
        if (!SentenceEnd.Ends(lines[^1]))
        {
            return false;
        }

        var longest = lines.Skip(1).Max(l => l.Length);
        var next = lines[1];
        return first.Length < longest * HeadingLineShare
            && next.Length > 0 && (char.IsUpper(next[0]) || (char.IsLetter(next[0]) && !char.IsLower(next[0])))
            && HeadingDetector.LooksLikeHeading(new ParagraphNode(first, 0))
            && (TitleCase.IsLatin(first) ? TitleCase.Is(first) : HeadingNumbering.Read(first) is not null);
    }

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

    [GeneratedRegex(@"^\s*>\s?(?<text>.*)$")]
    private static partial Regex QuoteLine();

    [GeneratedRegex(@"^\s*[•●▪◦]\s*$")]
    private static partial Regex BareBullet();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:(?<number>\d{1,3})[.)]|(?<number>\d{1,3})[-–]|\((?<number>\d{1,3})\)|(?<letter>\(?(?:[a-z]|ii|iii|iv|vi|vii|viii|ix)\)|[أابتثجحخدذرزسشصضطظعغفقكلمنهوي][-–)]|\([أابتثجحخدذرزسشصضطظعغفقكلمنهوي]\))|[-–•●▪◦*])\s+(?<text>\S.*)$")]
    private static partial Regex ListLine();
}
