namespace BriefingSite.Publishing;

/// <summary>
/// The open elements <see cref="HtmlLinkScanner"/> has seen, so it can tell when an HTML5 parser
/// would build something other than the tags in source order: clone a misnested formatting
/// element (and its href and id), ignore a tag (a table row outside a table, a late head), or
/// move one (out of a table). <see cref="Start"/> and <see cref="End"/> return false then, and
/// the scanner leaves the page to AngleSharp. Well-nested HTML, as the theme and Markdig write
/// it, passes; anything doubtful is declined, which only costs time.
/// </summary>
public sealed class HtmlOpenElements
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Start tags that close an open p first.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
        "pre", "listing", "form", "li", "dd", "dt", "hr", "xmp",
    };

    /// <summary>Elements whose end tag a parser supplies when an enclosing element ends.</summary>
    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.Ordinal) { "p", "li", "dd", "dt" };

    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Elements whose content a parser moves elsewhere (foster parenting) unless it is table structure.</summary>
    private static readonly HashSet<string> TableContext = new(StringComparer.Ordinal) { "table", "thead", "tbody", "tfoot", "tr", "colgroup" };

    /// <summary>
    /// Tags a parser treats in ways this class does not follow: foreign content, templates and
    /// noscript parse their content differently, image is renamed, select and ruby have their own rules.
    /// </summary>
    private static readonly HashSet<string> Declined = new(StringComparer.Ordinal)
    {
        "svg", "math", "template", "noscript", "plaintext", "frameset", "frame", "image", "select", "option", "optgroup", "datalist",
        "rb", "rp", "rt", "rtc", "keygen",
    };

    /// <summary>A repeated html, head or body merges into the first; a nested form is dropped.</summary>
    private static readonly HashSet<string> Once = new(StringComparer.Ordinal) { "html", "head", "body", "form" };

    private readonly HashSet<string> _seenOnce = new(StringComparer.Ordinal);

    /// <summary>The special elements (other than address, div and p) that can be open: a new list item does not look past them.</summary>
    private static readonly HashSet<string> StopsItemSearch = new(StringComparer.Ordinal)
    {
        "applet", "article", "aside", "blockquote", "button", "caption", "center", "colgroup", "details", "dir", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "listing", "main", "marquee", "menu", "nav", "object",
        "ol", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "li", "dd", "dt",
    };

    private static readonly HashSet<string> HeadContent = new(StringComparer.Ordinal)
    {
        "html", "head", "base", "basefont", "bgsound", "link", "meta", "title", "style", "script", "noframes",
    };

    private readonly List<string> _open = [];
    private bool _started;
    private bool _sawBody;

    private string? Top => _open.Count > 0 ? _open[^1] : null;

    /// <summary>Text between tags: anything but white space starts the body.</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        if (!_sawBody && !text.IsWhiteSpace())
        {
            _sawBody = _started = true;
        }
    }

    /// <summary>A start tag; <paramref name="closesItself"/> for raw text elements, whose content the scanner skips.</summary>
    public bool Start(string name, bool closesItself)
    {
        // A parser ignores a late head tag and moves a late html or body tag's attributes to the (earlier) element.
        var late = name switch
        {
            "html" or "head" => _started,
            "body" => _sawBody,
            _ => false,
        };
        if (late || Declined.Contains(name) || (Once.Contains(name) && !_seenOnce.Add(name)))
        {
            return false;
        }

        _started |= name != "html";

        _sawBody |= !HeadContent.Contains(name);
        if (name is "html" or "head" or "body")
        {
            return true;
        }

        if (Top is { } top && TableContext.Contains(top) ? !FitsTable(name, top) : IsTableStructure(name))
        {
            return false;
        }

        if ((ClosesParagraph.Contains(name) || name == "table") && _open.Contains("p"))
        {
            if (Top != "p" || name == "table")
            {
                return false;
            }

            _open.RemoveAt(_open.Count - 1);
        }

        if (!CloseSame(name))
        {
            return false;
        }

        if (!Void.Contains(name) && !closesItself)
        {
            _open.Add(name);
        }

        return true;
    }

    /// <summary>An end tag: it must close the innermost open element, after any whose end tag is implied.</summary>
    public bool End(string name)
    {
        if (name is "html" or "head" or "body")
        {
            return true;
        }

        if (!_open.Contains(name))
        {
            // A parser ignores it (or writes an empty p or br), unless it closes a heading of another level.
            return !(IsHeading(name) && _open.Exists(IsHeading));
        }

        // A formatting element's end tag runs the adoption agency, which clones it into a block inside it.
        while (!Formatting.Contains(name) && Top is { } top && top != name && ImpliedEnd.Contains(top))
        {
            _open.RemoveAt(_open.Count - 1);
        }

        if (Top != name)
        {
            return false;
        }

        _open.RemoveAt(_open.Count - 1);
        return true;
    }

    /// <summary>Elements a second one of the same kind closes: fine when it is the innermost, declined when something is inside it.</summary>
    private bool CloseSame(string name)
    {
        if (IsHeading(name) && Top is { } heading && IsHeading(heading))
        {
            _open.RemoveAt(_open.Count - 1);
            return true;
        }

        if (name is "a" or "nobr" or "button")
        {
            var at = _open.LastIndexOf(name);
            return at < 0 || Pop(at);
        }

        if (name is "li" or "dd" or "dt")
        {
            // As the parser does: from the innermost element out, stopping at a list or other special element.
            for (var at = _open.Count - 1; at >= 0; at--)
            {
                if (name == "li" ? _open[at] == "li" : _open[at] is "dd" or "dt")
                {
                    return Pop(at);
                }

                if (StopsItemSearch.Contains(_open[at]))
                {
                    return true;
                }
            }
        }

        return true;
    }

    /// <summary>Closes the element at <paramref name="at"/> if it is the innermost; false when elements inside it would be closed too.</summary>
    private bool Pop(int at)
    {
        if (at != _open.Count - 1)
        {
            return false;
        }

        _open.RemoveAt(at);
        return true;
    }

    private static bool FitsTable(string name, string top) => name switch
    {
        "caption" or "colgroup" or "thead" or "tbody" or "tfoot" => top == "table",
        "col" => top is "colgroup" or "table",
        "tr" => top is "thead" or "tbody" or "tfoot",
        "td" or "th" => top == "tr",
        "script" or "style" => true,
        _ => false,
    };

    private static bool IsTableStructure(string name) => name is "caption" or "colgroup" or "col" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th";

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
