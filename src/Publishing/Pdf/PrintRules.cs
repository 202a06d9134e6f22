using System.Text;

namespace BriefingSite.Publishing.Pdf;

/// <summary>
/// What a stylesheet says about paper: the selectors of rules inside <c>@media print</c> that set
/// <c>display: none</c> (<see cref="Hidden"/>), and those that set any other display there
/// (<see cref="Shown"/>, which may bring an element back). Read the simple way, enough for the
/// theme's own print block: comments and quoted strings are skipped, nested blocks are followed,
/// and a media query that is not plainly print (<c>print</c>, <c>only print</c>, <c>print and …</c>) is ignored.
/// </summary>
public sealed class PrintRules
{
    private PrintRules(IReadOnlyList<string> hidden, IReadOnlyList<string> shown)
    {
        Hidden = hidden;
        Shown = shown;
    }

    /// <summary>Selectors of elements hidden on paper.</summary>
    public IReadOnlyList<string> Hidden { get; }

    /// <summary>Selectors given a display other than <c>none</c> on paper.</summary>
    public IReadOnlyList<string> Shown { get; }

    public static PrintRules Read(string css)
    {
        var hidden = new List<string>();
        var shown = new List<string>();
        ReadBlock(WithoutComments(css), 0, css.Length, inPrint: false, hidden, shown);
        return new PrintRules(hidden, shown);
    }

    /// <summary>Reads the rules between <paramref name="start"/> and <paramref name="end"/>, following nested print blocks.</summary>
    private static void ReadBlock(string css, int start, int end, bool inPrint, List<string> hidden, List<string> shown)
    {
        var i = start;
        end = Math.Min(end, css.Length);
        while (i < end)
        {
            var open = IndexOutsideStrings(css, i, end, '{');
            var semicolon = IndexOutsideStrings(css, i, open < 0 ? end : open, ';');
            if (semicolon >= 0)
            {
                i = semicolon + 1; // a statement such as @import or @charset
                continue;
            }

            if (open < 0)
            {
                return;
            }

            var close = MatchingBrace(css, open, end);
            var prelude = css[i..open].Trim();
            var body = (Start: open + 1, End: close < 0 ? end : close);
            if (prelude.StartsWith("@media", StringComparison.OrdinalIgnoreCase))
            {
                if (IsPrint(prelude["@media".Length..]))
                {
                    ReadBlock(css, body.Start, body.End, inPrint: true, hidden, shown);
                }
            }
            else if (inPrint && !prelude.StartsWith('@') && Display(css[body.Start..body.End]) is { } display)
            {
                (display == "none" ? hidden : shown).AddRange(SplitSelectors(prelude));
            }

            if (close < 0)
            {
                return;
            }

            i = close + 1;
        }
    }

    /// <summary>Whether one of the comma-separated media queries is plainly print.</summary>
    private static bool IsPrint(string queries) =>
        queries.Split(',').Any(query =>
        {
            var words = query.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var type = words.Length > 1 && words[0] == "only" ? words[1] : words.FirstOrDefault();
            return type == "print";
        });

    /// <summary>The value of the last <c>display</c> declaration in a rule's body, lower case, without <c>!important</c>.</summary>
    private static string? Display(string body)
    {
        string? display = null;
        foreach (var declaration in body.Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && declaration[..colon].Trim().Equals("display", StringComparison.OrdinalIgnoreCase))
            {
                display = declaration[(colon + 1)..].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim().ToLowerInvariant();
            }
        }

        return display;
    }

    /// <summary>A selector list split at its top-level commas (not those inside <c>:is(…)</c> and the like).</summary>
    private static IEnumerable<string> SplitSelectors(string prelude)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < prelude.Length; i++)
        {
            switch (prelude[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return prelude[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        yield return prelude[start..].Trim();
    }

    private static int MatchingBrace(string css, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (css[i] is '"' or '\'')
            {
                i = EndOfString(css, i, end);
            }
            else if (css[i] == '{')
            {
                depth++;
            }
            else if (css[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOutsideStrings(string css, int from, int end, char wanted)
    {
        for (var i = from; i < end; i++)
        {
            if (css[i] is '"' or '\'')
            {
                i = EndOfString(css, i, end);
            }
            else if (css[i] == wanted)
            {
                return i;
            }
            else if (css[i] == '}')
            {
                return -1; // the end of an enclosing block
            }
        }

        return -1;
    }

    /// <summary>The index of the quote closing the string that opens at <paramref name="quote"/> (escapes skipped).</summary>
    private static int EndOfString(string css, int quote, int end)
    {
        for (var i = quote + 1; i < end; i++)
        {
            if (css[i] == '\\')
            {
                i++;
            }
            else if (css[i] == css[quote])
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>The stylesheet with each comment replaced by spaces, so positions stay where they were.</summary>
    private static string WithoutComments(string css)
    {
        var text = new StringBuilder(css);
        var at = 0;
        while ((at = css.IndexOf("/*", at, StringComparison.Ordinal)) >= 0)
        {
            var close = css.IndexOf("*/", at + 2, StringComparison.Ordinal);
            var stop = close < 0 ? css.Length : close + 2;
            for (var i = at; i < stop; i++)
            {
                text[i] = ' ';
            }

            at = stop;
        }

        return text.ToString();
    }
}
