namespace BriefingSite.Publishing;

/// <summary>
/// Reads the parts of HTML tags that <see cref="HtmlLinkScanner"/> needs, the simple way: a start
/// tag's name and attributes, an end tag's name, the end of a raw text element. Anything it cannot
/// read as an HTML5 parser would gives -1, and the page is then parsed with AngleSharp.
/// </summary>
internal static class HtmlTagReader
{
    /// <summary>An end tag's name, lower case: up to white space or '/'.</summary>
    public static string EndTagName(ReadOnlySpan<char> tag)
    {
        var end = tag.IndexOfAny(EndOfTagName);
        return (end < 0 ? tag : tag[..end]).ToString().ToLowerInvariant();
    }

    /// <summary>Reads a start tag from its name; returns the index after '>', or -1 when it cannot be read simply.</summary>
    public static int ReadStartTag(string html, int i, List<(string Name, string Value)> attributes, out string name)
    {
        attributes.Clear();
        var start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        name = html[start..i].ToLowerInvariant();
        if (!IsPlainName(name))
        {
            return -1;
        }

        while (true)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            if (html[i] == '>')
            {
                return i + 1;
            }

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                if (html[i] is '"' or '\'' or '<')
                {
                    return -1;
                }

                i++;
            }

            if (i == nameStart)
            {
                return -1;
            }

            var attributeName = html[nameStart..i].ToLowerInvariant();
            if (!IsPlainName(attributeName))
            {
                return -1;
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                if (i >= html.Length)
                {
                    return -1;
                }

                if (html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html.IndexOf(quote, i + 1);
                    if (close < 0)
                    {
                        return -1;
                    }

                    value = html[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
                    {
                        if (html[i] is '"' or '\'' or '<' or '=' or '`')
                        {
                            return -1;
                        }

                        i++;
                    }

                    value = html[valueStart..i];
                }
            }

            if (value.Contains('\r', StringComparison.Ordinal) || value.Contains('\0', StringComparison.Ordinal))
            {
                return -1;
            }

            attributes.Add((attributeName, value));
        }
    }

    /// <summary>The index just after <c>&lt;/name&gt;</c> closing a raw text element, or -1.</summary>
    public static int IndexOfEndTag(ReadOnlySpan<char> html, int from, string name)
    {
        var i = from;
        while (true)
        {
            var at = html[i..].IndexOf("</", StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            i += at + 2;
            if (html[i..].StartsWith(name, StringComparison.OrdinalIgnoreCase) && i + name.Length < html.Length
                && (IsSpace(html[i + name.Length]) || html[i + name.Length] is '>' or '/'))
            {
                var end = html[i..].IndexOf('>');
                return end < 0 ? -1 : i + end + 1;
            }
        }
    }

    private static bool IsPlainName(string name) => !name.AsSpan().ContainsAnyExcept(NameCharacters);

    private static readonly System.Buffers.SearchValues<char> EndOfTagName = System.Buffers.SearchValues.Create(" \t\n\f\r/");

    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_:.");

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
