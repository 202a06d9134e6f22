using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>Escapes seed text so Markdown shows it literally: emphasis marks, code ticks, HTML, block markers.</summary>
public static partial class MarkdownEscaper
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '<' or '>' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // A leading '#', '+', '-' or '=' would make a heading, list or setext underline.
        if (escaped.Length > 0 && escaped[0] is '#' or '+' or '-' or '=')
        {
            escaped.Insert(0, '\\');
        }

        // A leading "12. " or "12) " would start a numbered list.
        var number = LeadingNumber().Match(escaped.ToString());
        if (number.Success)
        {
            escaped.Insert(number.Groups["mark"].Index, '\\');
        }

        return escaped.ToString();
    }

    [GeneratedRegex(@"^\d{1,9}(?<mark>[.)])(\s|$)")]
    private static partial Regex LeadingNumber();
}
