namespace BriefingSite.Publishing;

/// <summary>
/// Reads links and ids straight from the tags of well-formed HTML, without building a DOM:
/// every start tag's <c>href</c>/<c>src</c> in source order, every <c>id</c>, and the
/// <c>name</c> of <c>a</c> elements. Returns null for anything it does not read the way an
/// HTML5 parser would (foreign content, templates, character references in a value, odd
/// comments, unclosed tags, misnested or misplaced elements: <see cref="HtmlOpenElements"/>),
/// and <see cref="LinkExtractor"/> then parses the page with AngleSharp.
/// </summary>
public static class HtmlLinkScanner
{
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <param name="shared">Where recurring link and id values come from, so one seen on another page makes no new string; none when null.</param>
    public static PageLinks? Scan(string path, string html, SharedStrings? shared = null)
    {
        // Sized for about one link per 256 characters, as on this theme's pages, so the list rarely regrows.
        var links = new List<PageLink>(Math.Max(16, html.Length / 256));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var open = new HtmlOpenElements();
        var attributes = new List<(string Name, string Value)>();
        var span = html.AsSpan();
        var i = 0;
        while (true)
        {
            var lt = span[i..].IndexOf('<');
            if (lt < 0)
            {
                return new PageLinks(path, links, ids);
            }

            open.Text(span.Slice(i, lt));
            i += lt;
            var rest = span[i..];
            if (rest.StartsWith("<!--"))
            {
                if (rest.StartsWith("<!-->") || rest.StartsWith("<!--->"))
                {
                    return null;
                }

                var end = rest[4..].IndexOf("-->");
                if (end < 0 || rest.Slice(4, end).Contains("--!", StringComparison.Ordinal))
                {
                    return null;
                }

                i += 4 + end + 3;
            }
            else if (rest.Length > 1 && (rest[1] == '!' || rest[1] == '?'))
            {
                // Doctype or bogus comment: up to the next '>'.
                var end = rest.IndexOf('>');
                if (end < 0)
                {
                    return null;
                }

                i += end + 1;
            }
            else if (rest.Length > 2 && rest[1] == '/' && char.IsAsciiLetter(rest[2]))
            {
                var end = rest.IndexOf('>');
                if (end < 0 || rest[..end].ContainsAny('"', '\'') || !open.End(HtmlTagReader.EndTagName(rest[2..end])))
                {
                    return null;
                }

                i += end + 1;
            }
            else if (rest.Length > 1 && rest[1] == '/')
            {
                // "</>" is dropped; "</" and anything else but a letter starts a bogus comment up to the next '>'.
                var end = rest.IndexOf('>');
                if (end < 0)
                {
                    return null;
                }

                i += end + 1;
            }
            else if (rest.Length > 1 && char.IsAsciiLetter(rest[1]))
            {
                var next = HtmlTagReader.ReadStartTag(html, i + 1, attributes, out var name, shared);
                var rawText = Array.IndexOf(RawTextElements, name) >= 0;
                if (next < 0 || !open.Start(name, closesItself: rawText))
                {
                    return null;
                }

                if (!Collect(name, attributes, links, ids))
                {
                    return null;
                }

                i = next;
                if (rawText)
                {
                    var close = HtmlTagReader.IndexOfEndTag(span, i, name);

                    // "<!--" in a script can start an escaped section that "</script>" does not end.
                    if (close < 0 || (name == "script" && span[i..close].Contains("<!--", StringComparison.Ordinal)))
                    {
                        return null;
                    }

                    i = close;
                }
            }
            else
            {
                i++;
            }
        }
    }

    private static bool Collect(string element, List<(string Name, string Value)> attributes, List<PageLink> links, HashSet<string> ids)
    {
        string? href = null, src = null;
        for (var a = 0; a < attributes.Count; a++)
        {
            var (name, value) = attributes[a];
            if (IsDuplicate(attributes, a))
            {
                continue;
            }

            if (name is "href" or "src" or "id" or "name" && value.Contains('&', StringComparison.Ordinal))
            {
                // "&amp;" between a URL's query parameters is common and unambiguous; any other reference is left to the parser.
                if (!OnlyAmpersands(value))
                {
                    return false;
                }

                value = value.Replace("&amp;", "&", StringComparison.Ordinal);
            }

            switch (name)
            {
                case "href": href = value; break;
                case "src": src = value; break;
                case "id": ids.Add(value); break;
                case "name" when element == "a": ids.Add(value); break;
                default: break;
            }
        }

        if (href is not null)
        {
            links.Add(new PageLink(element, "href", href));
        }

        if (src is not null)
        {
            links.Add(new PageLink(element, "src", src));
        }

        return true;
    }

    private static bool OnlyAmpersands(string value)
    {
        for (var at = value.IndexOf('&', StringComparison.Ordinal); at >= 0; at = value.IndexOf('&', at + 1))
        {
            if (string.CompareOrdinal(value, at, "&amp;", 0, 5) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>HTML keeps the first of two attributes with the same name.</summary>
    private static bool IsDuplicate(List<(string Name, string Value)> attributes, int index)
    {
        for (var b = 0; b < index; b++)
        {
            if (attributes[b].Name == attributes[index].Name)
            {
                return true;
            }
        }

        return false;
    }
}
