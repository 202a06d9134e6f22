using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Escapes seed text so Markdown shows it literally: emphasis marks, code ticks, HTML, links and
/// images, character references, block markers. Only the importer's own constructs become
/// Markdown: note references are inserted after the text is escaped, never read from it.
/// </summary>
public static partial class MarkdownEscaper
{
    /// <summary>Marks a <c>[^</c> the seed itself wrote, so it cannot pass for an inserted note reference (a noncharacter, never kept).</summary>
    private const char OwnBracket = '\uFDD0';

    public static string Escape(string text) => EscapeLeading(EscapeCharacters(text, new StringBuilder(text.Length + 8)));

    /// <summary>
    /// Escapes <paramref name="text"/> with note references inserted: <paramref name="insertNotes"/>
    /// gets the unescaped text and returns it with <c>[^n]</c> references; those stay Markdown and
    /// everything around them is escaped.
    /// </summary>
    public static string Escape(string text, Func<string, string> insertNotes)
    {
        var linked = insertNotes(text.Replace("[^", "[" + OwnBracket + "^", StringComparison.Ordinal));
        var escaped = new StringBuilder(linked.Length + 8);
        var last = 0;
        foreach (Match reference in NoteReference().Matches(linked))
        {
            EscapeCharacters(linked[last..reference.Index], escaped).Append(reference.Value);
            last = reference.Index + reference.Length;
        }

        return EscapeLeading(EscapeCharacters(linked[last..], escaped));
    }

    private static StringBuilder EscapeCharacters(string text, StringBuilder escaped)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == OwnBracket)
            {
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c is '\\' or '*' or '_' or '`' or '<' or '>' or '|' or '[' or ']' or '&' or '~' or '^'
                || (c == '!' && next == '[')
                || (c is '=' or '+' && next == c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped;
    }

    private static string EscapeLeading(StringBuilder escaped)
    {
        // A leading '#', '+', '-', '=' or ':' would make a heading, list, setext underline or definition.
        if (escaped.Length > 0 && escaped[0] is '#' or '+' or '-' or '=' or ':')
        {
            escaped.Insert(0, '\\');
        }

        // A leading "12. ", "12) ", "b. " or "iv) " would start a numbered, lettered or roman list.
        var number = LeadingNumber().Match(escaped.ToString());
        if (number.Success)
        {
            escaped.Insert(number.Groups["mark"].Index, '\\');
        }

        return escaped.ToString();
    }

    [GeneratedRegex(@"^(\d{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,9})(?<mark>[.)])(\s|$)")]
    private static partial Regex LeadingNumber();

    /// <summary>A note reference as the footnote rule writes it.</summary>
    [GeneratedRegex(@"\[\^\d+\]")]
    private static partial Regex NoteReference();
}
