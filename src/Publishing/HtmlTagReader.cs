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
        return LowerName(end < 0 ? tag : tag[..end]);
    }

    /// <summary>
    /// Reads a start tag from its name; returns the index after '>', or -1 when it cannot be read simply.
    /// Every attribute is listed by name, but only the values the link check reads are kept (<see cref="KeepsValue"/>); others are empty.
    /// </summary>
    /// <param name="shared">Where link and id values that recur come from, so a repeated one makes no new string; none when null.</param>
    public static int ReadStartTag(string html, int i, List<(string Name, string Value)> attributes, out string name, SharedStrings? shared = null)
    {
        attributes.Clear();
        var start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        name = LowerName(html.AsSpan(start, i - start));
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

            var attributeName = LowerName(html.AsSpan(nameStart, i - nameStart));
            if (!IsPlainName(attributeName))
            {
                return -1;
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            var value = ReadOnlySpan<char>.Empty;
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

                    value = html.AsSpan(i + 1, close - i - 1);
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

                    value = html.AsSpan(valueStart, i - valueStart);
                }
            }

            if (value.ContainsAny('\r', '\0'))
            {
                return -1;
            }

            attributes.Add((attributeName, Keep(attributeName, value, shared)));
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

    private static string Keep(string attributeName, ReadOnlySpan<char> value, SharedStrings? shared) =>
        !KeepsValue(attributeName) ? ""
        : shared is not null && Repeats(attributeName, value) ? shared.Get(value)
        : value.ToString();

    /// <summary>
    /// Values that recur from page to page: ids (theme landmarks, note ids such as <c>fn:1</c>) and
    /// relative links. An address with a scheme (share links, the page's own canonical address) is
    /// mostly one page's, and the link check does not keep external ones: shared, it would only be held.
    /// </summary>
    private static bool Repeats(string attributeName, ReadOnlySpan<char> value) =>
        attributeName is "id" or "name" || !value.Contains(':');

    /// <summary>The attributes whose values the link check reads.</summary>
    public static bool KeepsValue(string attributeName) => attributeName is "href" or "src" or "id" or "name";

    /// <summary>
    /// A tag or attribute name in lower case. The names this site's pages use come from one table,
    /// so reading a page allocates no string per tag; any other name is made as it is met.
    /// </summary>
    private static string LowerName(ReadOnlySpan<char> name) =>
        KnownNameLookup.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    // Tag names and attribute names.
    private static readonly HashSet<string> KnownNames = new(StringComparer.Ordinal)
    {
        "a", "abbr", "action", "alt", "aria-current", "aria-describedby", "aria-hidden", "aria-label", "aria-labelledby", "aria-live", "article", "aside",
        "autocomplete", "b", "base", "bdi", "blockquote", "body", "br", "button", "caption", "charset", "cite", "class", "code", "col", "colgroup", "colspan",
        "content", "data-copied", "data-count", "data-href", "data-none", "data-root", "datetime", "dd", "del", "details", "dir", "div", "dl", "dt", "em",
        "figcaption", "figure", "footer", "for", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "height", "hr", "href", "hreflang", "html",
        "http-equiv", "i", "id", "img", "input", "ins", "label", "lang", "li", "link", "main", "mark", "meta", "name", "nav", "ol", "p", "pre", "property",
        "q", "rel", "role", "rowspan", "s", "scope", "script", "section", "small", "span", "src", "start", "strong", "style", "sub", "summary", "sup",
        "tabindex", "table", "tbody", "td", "tfoot", "th", "thead", "time", "title", "tr", "type", "u", "ul", "value", "width",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsPlainName(string name) => !name.AsSpan().ContainsAnyExcept(NameCharacters);

    private static readonly System.Buffers.SearchValues<char> EndOfTagName = System.Buffers.SearchValues.Create(" \t\n\f\r/");

    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_:.");

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
