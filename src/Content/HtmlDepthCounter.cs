namespace BriefingSite.Content;

/// <summary>
/// Follows how deep HTML tags nest, in one linear pass fed piece by piece (a Markdown body line by
/// line, or a whole HTML string), without parsing. An HTML5 parser checks the stack of open
/// elements for every tag, so input nested thousands deep costs it quadratic time; this finds
/// such input first. It counts elements that stay open until closed: void elements and those
/// whose end tag may be left out (<c>p li td tr …</c>) are not counted, comments and the text of
/// raw-text elements (<c>script style textarea …</c>) are skipped.
/// </summary>
public sealed class HtmlDepthCounter
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.Ordinal)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // Elements a later sibling closes implicitly.
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "option", "optgroup", "rb", "rt", "rp", "rtc",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    private readonly List<string> _open = [];
    private readonly int _limit;
    private bool _inComment;
    private string? _rawTextEnd;

    public HtmlDepthCounter(int limit) => _limit = limit;

    /// <summary>The depth after the last piece fed.</summary>
    public int Depth => _open.Count;

    /// <summary>Reads one more piece; returns the index in it of the first tag that goes past the limit, or -1.</summary>
    public int Feed(ReadOnlySpan<char> text)
    {
        var i = 0;
        var nextGt = -1;
        while (i < text.Length)
        {
            if (_inComment)
            {
                var end = text[i..].IndexOf("-->");
                if (end < 0)
                {
                    return -1;
                }

                _inComment = false;
                i += end + 3;
                continue;
            }

            if (_rawTextEnd is not null)
            {
                var end = text[i..].IndexOf(_rawTextEnd, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    return -1;
                }

                _rawTextEnd = null;
                i += end;
                continue;
            }

            var lt = text[i..].IndexOf('<');
            if (lt < 0)
            {
                return -1;
            }

            var tag = i + lt;
            i = tag + 1;
            if (text[i..].StartsWith("!--"))
            {
                _inComment = true;
                i += 3;
                continue;
            }

            var closing = i < text.Length && text[i] == '/';
            if (closing)
            {
                i++;
            }

            var nameStart = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            // A tag name ends at a space, '/' or '>'; "<https:" and "<a@b" are Markdown autolinks.
            if (i == nameStart || !char.IsAsciiLetter(text[nameStart]) || (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('/' or '>')))
            {
                continue;
            }

            // Found once per '>' (not once per tag), so a piece full of unclosed '<a' stays linear.
            if (nextGt < i)
            {
                var gt = text[i..].IndexOf('>');
                nextGt = gt < 0 ? text.Length : i + gt;
            }

            if (nextGt == text.Length)
            {
                // No '>' in the rest of this piece: not a tag here (an HTML parser would not nest it either).
                return -1;
            }

            var name = text[nameStart..i].ToString().ToLowerInvariant();
            i = nextGt + 1;
            if (closing)
            {
                Close(name);
            }
            else if (RawText.Contains(name))
            {
                _rawTextEnd = "</" + name;
            }
            else if (!Uncounted.Contains(name))
            {
                _open.Add(name);
                if (_open.Count > _limit)
                {
                    return tag;
                }
            }
        }

        return -1;
    }

    /// <summary>An end tag closes the nearest open element of its name and those inside it; a stray one is ignored.</summary>
    private void Close(string name)
    {
        var at = _open.LastIndexOf(name);
        if (at >= 0)
        {
            _open.RemoveRange(at, _open.Count - at);
        }
    }
}
