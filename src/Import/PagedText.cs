namespace BriefingSite.Import;

/// <summary>
/// A seed's lines, split into pages at form feeds, that the line-level rules (page furniture,
/// notes) edit in place. A removed line becomes blank rather than disappearing, so every line
/// keeps its number for warnings; form feeds are dropped from the text but kept as page starts.
/// </summary>
public sealed class PagedText
{
    private readonly List<int> _pageStarts;

    private PagedText(List<string> lines, List<int> pageStarts)
    {
        Lines = lines;
        _pageStarts = pageStarts;
    }

    /// <summary>The lines, 0-based (line number minus one), without form feeds or trailing white space.</summary>
    public List<string> Lines { get; }

    /// <summary>Removed lines by 0-based index, as they read before removal (a footer can still name the report).</summary>
    public SortedDictionary<int, string> Removed { get; } = [];

    /// <summary>True when the seed had form feeds, so its page edges are known.</summary>
    public bool HasFormFeeds { get; private init; }

    public IReadOnlyList<int> PageStarts => _pageStarts;

    /// <summary>
    /// Headings that a header repeated at a page top confirms, by the 1-based line they start on:
    /// such a line is a heading wherever it stands (even after a list of short lines).
    /// </summary>
    public Dictionary<int, string> ConfirmedHeadings { get; } = [];

    public string Text => string.Join('\n', Lines);

    public static PagedText Split(string text)
    {
        var lines = new List<string>();
        var starts = new List<int> { 0 };
        var formFeeds = false;
        foreach (var raw in text.Split('\n'))
        {
            if (raw.Contains('\f', StringComparison.Ordinal))
            {
                formFeeds = true;
                // A page starts on the line after the form feed, or on its own line when text follows it.
                var textFollows = raw[(raw.LastIndexOf('\f') + 1)..].Trim().Length > 0;
                starts.Add(textFollows ? lines.Count : lines.Count + 1);
            }

            lines.Add(raw.Replace("\f", "", StringComparison.Ordinal).TrimEnd());
        }

        return new PagedText(lines, [.. starts.Where(s => s < lines.Count).Distinct()]) { HasFormFeeds = formFeeds };
    }

    /// <summary>Adds a page start (a running footer ends a page even without a form feed).</summary>
    public void AddPageStart(int index)
    {
        var at = _pageStarts.BinarySearch(index);
        if (at < 0 && index < Lines.Count)
        {
            _pageStarts.Insert(~at, index);
        }
    }

    /// <summary>Each page as a range of line indexes [Start, End).</summary>
    public IEnumerable<(int Start, int End)> Pages() =>
        _pageStarts.Select((start, i) => (start, i + 1 < _pageStarts.Count ? _pageStarts[i + 1] : Lines.Count));

    public bool IsBlank(int index) => Lines[index].Trim().Length == 0;

    /// <summary>Runs of non-blank lines in lines [start, end), as line indexes; a run starts anew at <paramref name="start"/>.</summary>
    public List<List<int>> Blocks(int start, int end)
    {
        var blocks = new List<List<int>>();
        for (var i = start; i < end; i++)
        {
            if (IsBlank(i))
            {
                continue;
            }

            if (i == start || IsBlank(i - 1))
            {
                blocks.Add([]);
            }

            blocks[^1].Add(i);
        }

        return blocks;
    }

    /// <summary>Blanks a line and records it as removed.</summary>
    public void Remove(int index)
    {
        Removed.TryAdd(index, Lines[index]);
        Lines[index] = "";
    }
}
