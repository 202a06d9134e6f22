using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>A Markdown file split into its front-matter and body, remembering where the body starts.</summary>
public sealed record MarkdownFile(FrontMatter Meta, string Body, int BodyStartLine, IReadOnlyDictionary<string, int> KeyLines)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/> at its <c>---</c> fences and reads the YAML.</summary>
    /// <param name="file">Display name for errors.</param>
    public static MarkdownFile Parse(string text, string file)
    {
        text = Normalise(text);
        var close = Close(text, file);
        var yaml = text[(Fence.Length + 1)..(close + 1)];
        var meta = YamlLoader.Load<FrontMatter>(yaml, file, lineOffset: 1, out var lines);
        var bodyStart = BodyStart(text, close);
        var bodyStartLine = CountLines(text, bodyStart);
        return new MarkdownFile(meta, text[bodyStart..], bodyStartLine, lines);
    }

    /// <summary>The body of a file's text, exactly as <see cref="Parse"/> gives it, without reading the YAML.</summary>
    public static string BodyOf(string text, string file)
    {
        text = Normalise(text);
        return text[BodyStart(text, Close(text, file))..];
    }

    /// <summary>
    /// <see cref="BodyOf(string, string)"/> of text in a borrowed buffer: only the body becomes a string
    /// when the text needs no normalising (no byte order mark, no line ending but <c>\n</c>).
    /// </summary>
    public static string BodyOf(ReadOnlySpan<char> text, string file) =>
        text.ContainsAny(NeedsNormalising) ? BodyOf(text.ToString(), file) : text[BodyStart(text, Close(text, file))..].ToString();

    private static string Normalise(string text) => text.TrimStart('\uFEFF').ReplaceLineEndings("\n");

    /// <summary>What <see cref="Normalise"/> would change: a byte order mark and the line endings <see cref="string.ReplaceLineEndings(string)"/> replaces.</summary>
    private static readonly System.Buffers.SearchValues<char> NeedsNormalising = System.Buffers.SearchValues.Create("\uFEFF\r\f\u0085\u2028\u2029");

    /// <summary>Index of the newline before the closing fence.</summary>
    private static int Close(ReadOnlySpan<char> text, string file)
    {
        if (!text.StartsWith(Fence + "\n", StringComparison.Ordinal))
        {
            throw new SiteException(file, "missing front-matter: the file must start with a line '---', then YAML, then '---'", 1, 1);
        }

        var close = text[Fence.Length..].IndexOf("\n" + Fence + "\n", StringComparison.Ordinal);
        close = close < 0 ? -1 : close + Fence.Length;
        var closeAtEnd = text.EndsWith("\n" + Fence, StringComparison.Ordinal) ? text.Length - Fence.Length - 1 : -1;
        if (close < 0)
        {
            close = closeAtEnd;
        }

        if (close < 0)
        {
            throw new SiteException(file, "front-matter is not closed: add a line '---' after the YAML", 1, 1);
        }

        return close;
    }

    private static int BodyStart(ReadOnlySpan<char> text, int close) => Math.Min(text.Length, close + Fence.Length + 2);

    /// <summary>
    /// Line of a front-matter value by path (<c>date</c>, <c>abstracts.en</c>, <c>authors[1]</c>), so later
    /// checks can point at it; else the line of its top-level key, else 1.
    /// </summary>
    public int LineOf(string path)
    {
        if (KeyLines.TryGetValue(path, out var line))
        {
            return line;
        }

        var end = path.IndexOfAny(['.', '[']);
        return end > 0 && KeyLines.TryGetValue(path[..end], out line) ? line : 1;
    }

    /// <summary>1-based line number of the character at <paramref name="index"/>.</summary>
    private static int CountLines(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
