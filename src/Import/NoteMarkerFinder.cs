using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>A note marker found in the text: line (0-based), position and length of what it replaces.</summary>
public sealed record NoteMarkerPlace(int Line, int Index, int Length);

/// <summary>
/// Finds the markers of note definitions in the body, in order: <c>[1]</c>, <c>(١)</c>, <c>¹</c>,
/// <c>*</c>, superscripts flattened onto a word (<c>day.1</c>, <c>(GPRA),1</c>, <c>word1</c>) or onto a
/// line of their own between two lines of text, or onto a year (<c>Act of 199815</c>: note 15).
/// A flattened number must touch a letter or closing punctuation and be followed by neither a
/// digit nor a letter, so years (<c>in 2006</c>), amounts, section numbers (<c>2.1</c>), report
/// numbers (<c>GAO-06-1046</c>) and times are never markers.
/// </summary>
public static partial class NoteMarkerFinder
{
    /// <summary>The forms a marker is tried in, for a definition written as <paramref name="shape"/>.</summary>
    public static IReadOnlyList<string> FormsFor(NoteLabelShape shape) => shape switch
    {
        NoteLabelShape.Bracket => ["bracket"],
        NoteLabelShape.Paren => ["paren"],
        NoteLabelShape.Superscript => ["superscript"],
        NoteLabelShape.Symbol => ["symbol"],
        _ => ["bracket", "superscript", "glued", "paren"],
    };

    /// <summary>The forms a marker of a note at a page foot is tried in, all at once: the first found wins.</summary>
    public static IReadOnlyList<string> PageFootForms { get; } = ["glued", "year", "year-end", "superscript", "bracket", "symbol", "alone"];

    /// <summary>
    /// Matches each definition, in order, to the first marker of its number (in any of
    /// <paramref name="forms"/>) after the previous match, searching the lines
    /// <paramref name="body"/>. Unmatched definitions get null. With <paramref name="anyOrder"/>
    /// (the notes of one page), a marker not found after the previous one is looked for from the
    /// top: side columns and boxes put a page's markers out of order.
    /// </summary>
    public static List<NoteMarkerPlace?> MatchInOrder(PagedText text, IReadOnlyList<int> body, IReadOnlyList<NoteDefinition> definitions, IReadOnlyList<string> forms, bool anyOrder = false)
    {
        var places = new List<NoteMarkerPlace?>();
        int line = 0, index = 0;
        foreach (var definition in definitions)
        {
            var regexes = forms.Where(f => Fits(definition, f)).Select(f => (Form: f, Regex: MarkerRegex(definition, f))).ToList();
            var found = FindFrom(text, body, regexes, line, index, places);
            if (found is { } after)
            {
                (line, index) = (after.K, after.Place.Index + after.Place.Length);
            }
            else if (anyOrder)
            {
                found = FindFrom(text, body, regexes, 0, 0, places);
            }

            places.Add(found?.Place);
        }

        return places;
    }

    private static (int K, NoteMarkerPlace Place)? FindFrom(PagedText text, IReadOnlyList<int> body, List<(string Form, Regex Regex)> regexes, int line, int index, List<NoteMarkerPlace?> taken)
    {
        for (var k = line; k < body.Count; k++)
        {
            var candidate = text.Lines[body[k]];
            var start = k == line ? index : 0;
            var found = regexes
                .SelectMany(r => r.Regex.Matches(candidate, start).Where(m => !InsideAddress(candidate, m.Index) && (r.Form != "alone" || BetweenText(text, body[k]))))
                .Select(m => new NoteMarkerPlace(body[k], m.Index, m.Length))
                .Where(p => !taken.Any(t => t is not null && t.Line == p.Line && t.Index < p.Index + p.Length && p.Index < t.Index + t.Length))
                .OrderBy(p => p.Index)
                .FirstOrDefault();
            if (found is not null)
            {
                return (k, found);
            }
        }

        return null;
    }

    /// <summary>Every further <c>[n]</c> marker of a bracketed note: such notes may be cited again.</summary>
    public static IEnumerable<NoteMarkerPlace> AllBracketed(PagedText text, IReadOnlyList<int> body, NoteDefinition definition)
    {
        var regex = MarkerRegex(definition, "bracket");
        return body.SelectMany(i => regex.Matches(text.Lines[i]).Select(m => new NoteMarkerPlace(i, m.Index, m.Length)));
    }

    /// <summary>Bracketed numbers left in the text after linking: markers without a definition.</summary>
    public static IEnumerable<(int Line, string Marker)> Unlinked(PagedText text, IReadOnlyList<int> body) =>
        body.SelectMany(i => AnyBracketed().Matches(text.Lines[i]).Select(m => (i, m.Value.Trim())));

    /// <summary>A symbol is only ever a symbol's marker, and a number never one.</summary>
    private static bool Fits(NoteDefinition definition, string form) => (form == "symbol") == (definition.Shape == NoteLabelShape.Symbol);

    private static Regex MarkerRegex(NoteDefinition definition, string form)
    {
        var digits = DigitForms(definition.Value);
        var pattern = form switch
        {
            "bracket" => $@"\s?\[(?:{digits})\]",
            "paren" => $@"(?<=\S)\s?\(\s?(?:{digits})\s?\)",
            "superscript" => $@"(?<=\S){Superscript(definition.Value)}(?![¹²³⁰⁴-⁹])",
            "symbol" => $@"(?<=\S){Regex.Escape(definition.Label)}(?![*†‡])",
            "alone" => $@"^\s*(?:{digits})\s*$",
            "year" => $@"(?<=(?<!\d)(?:1[5-9]|20)\d\d)(?:{digits})(?![\d\p{{L}}\p{{M}}])",
            // "between 1998 and 2002.20 In addition": a year ending a sentence, not an amount ($2002.20, 1,998.20).
            "year-end" => $@"(?<=(?<![\d$€£¥.,])(?:1[5-9]|20)\d\d\.)(?:{digits})(?=\s+[\p{{Lu}}“""]|\s*$)",
            _ => $@"(?<=[\p{{L}}\p{{M}}.,;!?)\]”’""'،؛؟»])(?<!\d[.,])(?:{digits})(?![\d\p{{L}}\p{{M}}٠-٩۰-۹])",
        };
        return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The number in Western, Arabic-Indic and Persian digits.</summary>
    private static string DigitForms(int value)
    {
        var western = value.ToString(CultureInfo.InvariantCulture);
        string Shift(char zero) => string.Concat(western.Select(c => (char)(zero + (c - '0'))));
        return $"{western}|{Shift('٠')}|{Shift('۰')}";
    }

    private static string Superscript(int value)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var text = new StringBuilder();
        foreach (var c in value.ToString(CultureInfo.InvariantCulture))
        {
            text.Append(digits[c - '0']);
        }

        return text.ToString();
    }

    /// <summary>A number on a line of its own is a marker only inside running text, not in a column of numbers.</summary>
    private static bool BetweenText(PagedText text, int line)
    {
        var next = line + 1;
        while (next < text.Lines.Count && text.IsBlank(next))
        {
            next++;
        }

        return line > 0 && next < text.Lines.Count && text.Lines[line - 1].Any(char.IsLetter) && text.Lines[next].Any(char.IsLetter);
    }

    /// <summary>Digits inside a web or e-mail address are not markers.</summary>
    private static bool InsideAddress(string line, int index)
    {
        // A match may begin with the space before the marker: look at the word the marker is in.
        while (index < line.Length && char.IsWhiteSpace(line[index]))
        {
            index++;
        }

        if (index == line.Length)
        {
            return false;
        }

        var start = index == 0 ? 0 : line.LastIndexOf(' ', index - 1) + 1;
        var end = line.IndexOf(' ', index);
        var word = line[start..(end < 0 ? line.Length : end)];
        return word.Contains("://", StringComparison.Ordinal) || word.Contains('@', StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\s?\[[0-9٠-٩۰-۹]{1,3}\]")]
    private static partial Regex AnyBracketed();
}
