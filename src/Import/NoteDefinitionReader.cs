using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Reads runs of note definitions: a number (<c>1</c>, <c>[1]</c>, <c>(١)</c>, <c>¹</c>, <c>*</c>)
/// starting a line, its text on that line or the next, and lines that continue it. Numbers in a
/// run go up one at a time, so a run cannot swallow a year or an amount, and a note's text never
/// starts with a bare number, so a column of page numbers is no run.
/// </summary>
public static partial class NoteDefinitionReader
{
    /// <summary>
    /// Reads the lines <paramref name="filled"/> (non-blank, in order) as one run of definitions,
    /// or returns null when they are not one. At a page foot, <c>1.</c>, <c>1)</c> and <c>(1)</c>
    /// start list items and enumerations, not notes.
    /// </summary>
    public static List<NoteDefinition>? ReadRun(PagedText text, IReadOnlyList<int> filled, bool pageFoot)
    {
        var run = new List<(string Label, int Value, NoteLabelShape Shape, List<string> Text, List<int> Lines)>();
        foreach (var index in filled)
        {
            var line = text.Lines[index];
            var start = Start(line, pageFoot);
            var previous = run.Count > 0 ? run[^1] : default;
            if (start is { } s && (run.Count == 0 || Follows(previous.Value, previous.Shape, s.Value, s.Shape)) && (run.Count == 0 || previous.Text.Count > 0))
            {
                run.Add((s.Label, s.Value, s.Shape, s.Text.Length > 0 ? [s.Text] : [], [index]));
            }
            else if (run.Count > 0 && previous.Text.Count == 0 && start is { Text.Length: 0, Shape: not NoteLabelShape.Symbol })
            {
                // A number whose text would begin with another bare number is a column of page
                // numbers (a contents page), not a note.
                return null;
            }
            else if (run.Count > 0)
            {
                run[^1].Text.Add(line.Trim());
                run[^1].Lines.Add(index);
            }
            else
            {
                return null;
            }
        }

        return run.Count == 0 || run.Any(d => d.Text.Count == 0)
            ? null
            : [.. run.Select(d => new NoteDefinition(d.Label, d.Value, d.Shape, BodyNodeReader.JoinWrapped(d.Text), d.Lines))];
    }

    /// <summary>The note number a line starts with, and the text after it.</summary>
    public static (string Label, int Value, NoteLabelShape Shape, string Text)? Start(string line, bool pageFoot)
    {
        var match = DefinitionStart().Match(line);
        if (!match.Success || (pageFoot && (match.Groups["listmark"].Success || match.Groups["paren"].Success)))
        {
            return null;
        }

        var text = match.Groups["text"].Value.Trim();
        if (match.Groups["sym"].Success)
        {
            var symbol = match.Groups["sym"].Value;
            return (symbol, symbol.Length, NoteLabelShape.Symbol, text);
        }

        var label = match.Groups["n"].Value;
        var shape = match.Groups["bracket"].Success ? NoteLabelShape.Bracket
            : match.Groups["paren"].Success ? NoteLabelShape.Paren
            : label[0] is >= '⁰' or '¹' or '²' or '³' ? NoteLabelShape.Superscript
            : NoteLabelShape.Plain;
        return (label, BodyNodeReader.ParseNumber(label), shape, text);
    }

    private static bool Follows(int previous, NoteLabelShape previousShape, int value, NoteLabelShape shape) =>
        shape switch
        {
            NoteLabelShape.Symbol => previousShape == NoteLabelShape.Symbol,
            // [n] notes may be run together on one line, so the next line may skip numbers.
            NoteLabelShape.Bracket => previousShape == NoteLabelShape.Bracket && value > previous,
            _ => shape == previousShape && value == previous + 1,
        };

    [GeneratedRegex(@"^\s*(?:(?<bracket>\[)(?<n>[0-9٠-٩۰-۹]{1,3})\]|(?<paren>\()\s?(?<n>[0-9٠-٩۰-۹]{1,3})\s?\)|(?<n>[0-9٠-٩۰-۹]{1,3})(?<listmark>\s*[.)\-–])?|(?<n>[¹²³⁰⁴-⁹]{1,3})|(?<sym>\*{1,3}|†{1,3}|‡))(?:\s+(?<text>\S.*))?$")]
    private static partial Regex DefinitionStart();
}
