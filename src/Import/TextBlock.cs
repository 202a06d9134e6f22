namespace BriefingSite.Import;

/// <summary>A run of non-blank lines in a seed, with the 1-based line it starts on.</summary>
public sealed record TextBlock(IReadOnlyList<string> Lines, int StartLine)
{
    public string Text => string.Join(" ", Lines.Select(l => l.Trim()));

    public bool IsSingleLine => Lines.Count == 1;

    /// <summary>Splits text into blocks at blank lines; trailing white space is dropped.</summary>
    public static IReadOnlyList<TextBlock> Split(string text)
    {
        var blocks = new List<TextBlock>();
        var current = new List<string>();
        var start = 0;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Count == 0)
            {
                start = number;
            }

            current.Add(line);
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(new TextBlock([.. current], start));
                current = [];
            }
        }
    }
}
