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
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (!text.StartsWith(Fence + "\n", StringComparison.Ordinal))
        {
            throw new SiteException(file, "missing front-matter: the file must start with a line '---', then YAML, then '---'", 1, 1);
        }

        var close = text.IndexOf("\n" + Fence + "\n", Fence.Length, StringComparison.Ordinal);
        var closeAtEnd = text.EndsWith("\n" + Fence, StringComparison.Ordinal) ? text.Length - Fence.Length - 1 : -1;
        if (close < 0)
        {
            close = closeAtEnd;
        }

        if (close < 0)
        {
            throw new SiteException(file, "front-matter is not closed: add a line '---' after the YAML", 1, 1);
        }

        var yaml = text[(Fence.Length + 1)..(close + 1)];
        var meta = YamlLoader.Load<FrontMatter>(yaml, file, lineOffset: 1);
        var bodyStart = Math.Min(text.Length, close + Fence.Length + 2);
        var bodyStartLine = CountLines(text, bodyStart);
        return new MarkdownFile(meta, text[bodyStart..], bodyStartLine, TopLevelKeyLines(yaml));
    }

    /// <summary>Line of a top-level front-matter key, so later checks (a bad date) can point at it.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;

    private static Dictionary<string, int> TopLevelKeyLines(string yaml)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 1;
        foreach (var line in yaml.Split('\n'))
        {
            number++;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#' && line[0] != '-')
            {
                lines.TryAdd(line[..colon].Trim(), number);
            }
        }

        return lines;
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
