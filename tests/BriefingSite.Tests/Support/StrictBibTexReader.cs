using System.Text;

namespace BriefingSite.Tests.Support;

/// <summary>
/// A small, strict reader of one BibTeX entry, <c>@type{key,</c> then <c>name = {value},</c> lines
/// and a closing brace: it throws on unbalanced braces, a field not brace-delimited, or text after
/// the entry, or a TeX special character (<c># % &amp; _ $ ~ ^</c>) not escaped by a backslash.
/// A backslash escapes the next character, as in TeX. Values come back as written (escapes kept).
/// </summary>
public static class StrictBibTexReader
{
    public static (string Type, string Key, IReadOnlyList<(string Name, string Value)> Fields) Read(string text)
    {
        var at = 0;
        Expect(text, ref at, '@');
        var type = Word(text, ref at);
        Expect(text, ref at, '{');
        var key = Word(text, ref at);
        Expect(text, ref at, ',');
        var fields = new List<(string, string)>();
        while (true)
        {
            SkipSpace(text, ref at);
            if (at < text.Length && text[at] == '}')
            {
                at++;
                break;
            }

            var name = Word(text, ref at);
            SkipSpace(text, ref at);
            Expect(text, ref at, '=');
            SkipSpace(text, ref at);
            fields.Add((name, Braced(text, ref at)));
            SkipSpace(text, ref at);
            Expect(text, ref at, ',');
        }

        if (text[at..].Trim().Length > 0)
        {
            throw new FormatException($"text after the entry at {at}");
        }

        return (type, key, fields);
    }

    private static string Braced(string text, ref int at)
    {
        Expect(text, ref at, '{');
        var value = new StringBuilder();
        var depth = 1;
        while (true)
        {
            if (at >= text.Length)
            {
                throw new FormatException("unbalanced braces: the value never closes");
            }

            var c = text[at++];
            if (c is '#' or '%' or '&' or '_' or '$' or '~' or '^')
            {
                throw new FormatException($"unescaped special character '{c}' at {at - 1}");
            }

            if (c == '\\')
            {
                value.Append(c).Append(text[at++]);
                continue;
            }

            if (c == '\n')
            {
                throw new FormatException($"a value runs over a line at {at}");
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0)
            {
                return value.ToString();
            }

            value.Append(c);
        }
    }

    private static string Word(string text, ref int at)
    {
        SkipSpace(text, ref at);
        var start = at;
        while (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '-' or '_' or ':'))
        {
            at++;
        }

        return at > start ? text[start..at] : throw new FormatException($"expected a name at {at}");
    }

    private static void Expect(string text, ref int at, char c)
    {
        SkipSpace(text, ref at);
        if (at >= text.Length || text[at] != c)
        {
            throw new FormatException($"expected '{c}' at {at}");
        }

        at++;
    }

    private static void SkipSpace(string text, ref int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
    }
}
