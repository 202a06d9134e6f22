using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Escapes seed text so Markdown shows it literally: emphasis marks, code ticks, HTML, links and
/// images, character references, block markers. Only the importer's own constructs become
/// Markdown: note references are inserted after the text is escaped (see <see cref="NoteMarker"/>), never read from it.
/// </summary>
public static partial class MarkdownEscaper
{
    public static string Escape(string text) => EscapeLeading(EscapeCharacters(text, new StringBuilder(text.Length + 8)));

    private static StringBuilder EscapeCharacters(string text, StringBuilder escaped)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
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
}
