namespace BriefingSite.Import;

/// <summary>
/// Finds headings repeated at the tops of pages: a section's running header (a report repeats
/// "Appendix III: Key Technologies" atop each page of the appendix) and the header printed beside
/// or above the same heading on the section's first page (PDF text gives both). The heading's
/// own first occurrence is kept; the repeats are furniture. Only texts with known pages.
/// </summary>
public static class PageTopRepeats
{
    public const string RunningHeader = "running section header";
    public const string DoubledHeading = "heading repeated by its header";

    /// <summary>Lines at a page's top that are looked at: a header, then the heading it repeats (wrapped over a few lines).</summary>
    private const int TopLines = 6;

    /// <summary>A header is at most this many lines before the first blank line.</summary>
    private const int HeaderLines = 3;

    /// <summary>A header line found again starts within this many lines of the page top.</summary>
    private const int FirstLines = 3;

    private const int MaxLength = 100;

    public static List<(int Index, string Name)> Find(PagedText text)
    {
        var found = new List<(int Index, string Name)>();
        if (!text.HasFormFeeds)
        {
            return found;
        }

        var ranges = text.Pages().ToList();
        var pages = ranges.Select(p => Top(text, p.Start, p.End)).ToList();
        var headers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < pages.Count; p++)
        {
            var header = Header(text, pages[p]);
            if (header.Count > 0 && p > 0 && header.All(i => pages[p - 1].Any(j => Same(text, i, j))))
            {
                found.AddRange(header.Select(i => (i, RunningHeader)));
                headers.TryAdd(Title(text, header), p);
            }
            else if (Doubled(text, pages[p]) is { Count: > 0 } doubled)
            {
                found.AddRange(doubled.Select(i => (i, DoubledHeading)));
                Confirm(text, pages[p], doubled);
                headers.TryAdd(Title(text, doubled), p);
            }
            else if (p + 1 < pages.Count && Rewrapped(text, pages[p], Header(text, pages[p + 1])) is { Count: > 0 } rewrapped)
            {
                found.AddRange(rewrapped.Select(i => (i, DoubledHeading)));
                Confirm(text, pages[p], rewrapped);
            }
        }

        found.AddRange(Displaced(text, ranges, headers, [.. found.Select(f => f.Index)]).Select(i => (i, RunningHeader)));
        return found;
    }

    /// <summary>
    /// A running header the extractor did not put at its page's top (a page whose body is a
    /// picture, with notes in a margin read first): a block standing alone anywhere on a page that
    /// repeats a header already found on an earlier page. The heading's own page is earlier, so it stays.
    /// </summary>
    private static IEnumerable<int> Displaced(PagedText text, List<(int Start, int End)> pages, Dictionary<string, int> headers, HashSet<int> taken)
    {
        for (var p = 0; p < pages.Count && headers.Count > 0; p++)
        {
            foreach (var block in text.Blocks(pages[p].Start, pages[p].End))
            {
                if (block.Count <= HeaderLines && !block.Any(taken.Contains) && block.All(i => IsLabel(text.Lines[i]))
                    && headers.TryGetValue(Title(text, block), out var first) && first < p)
                {
                    foreach (var i in block)
                    {
                        yield return i;
                    }
                }
            }
        }
    }

    private static string Title(PagedText text, List<int> lines) => Title(string.Join(' ', lines.Select(i => text.Lines[i])));

    /// <summary>The first filled lines of a page.</summary>
    private static List<int> Top(PagedText text, int start, int end) =>
        [.. Enumerable.Range(start, end - start).Where(i => !text.IsBlank(i)).Take(TopLines)];

    /// <summary>The page's first lines up to a blank line, when they are short labels: a header's shape.</summary>
    private static List<int> Header(PagedText text, List<int> top)
    {
        var header = new List<int>();
        foreach (var i in top)
        {
            if (header.Count > 0 && i != header[^1] + 1)
            {
                break;
            }

            header.Add(i);
        }

        return header.Count <= HeaderLines && header.All(i => IsLabel(text.Lines[i])) ? header : [];
    }

    /// <summary>
    /// The header's lines written again just below (the heading, line for line the same): the
    /// second copy goes, since the header's copy stands apart and the heading's runs into the body.
    /// </summary>
    private static List<int> Doubled(PagedText text, List<int> top)
    {
        var header = new List<int>();
        var twins = new List<int>();
        foreach (var i in top.Take(2 * HeaderLines).Where(i => !twins.Contains(i)))
        {
            var twin = top.SkipWhile(j => j <= i).FirstOrDefault(j => !twins.Contains(j) && Same(text, i, j), -1);
            if (header.Count == HeaderLines || !IsLabel(text.Lines[i]) || twin < 0)
            {
                break;
            }

            header.Add(i);
            twins.Add(twin);
        }

        // The twins follow the header in the same order, each line of it repeated.
        return twins.Count > 0 && twins.SequenceEqual(top.Where(i => !header.Contains(i)).Take(twins.Count)) ? twins : [];
    }

    /// <summary>
    /// On a section's first page, the running header of the next page standing above the heading
    /// wrapped differently: the lines after the header that repeat its words go.
    /// </summary>
    private static List<int> Rewrapped(PagedText text, List<int> top, List<int> nextHeader)
    {
        var header = new List<int>();
        foreach (var h in nextHeader)
        {
            var at = top.FindIndex(i => !header.Contains(i) && Same(text, i, h));
            if (at < 0 || at > FirstLines)
            {
                return [];
            }

            header.Add(top[at]);
        }

        var words = Words(string.Join(' ', header.Select(i => text.Lines[i])));
        var repeat = new List<int>();
        var repeated = new List<string>();
        foreach (var i in top.Where(i => !header.Contains(i)))
        {
            if (repeated.Count >= words.Count)
            {
                break;
            }

            repeat.Add(i);
            repeated.AddRange(Words(text.Lines[i]));
        }

        return header.Count > 0 && repeated.SequenceEqual(words, StringComparer.Ordinal) ? repeat : [];
    }

    /// <summary>A header's lines as one title, spaced as a paragraph joins them.</summary>
    public static string Title(string text) => string.Join(' ', Words(text));

    /// <summary>The kept copy (the top lines before the repeat) is the heading the repeat confirms.</summary>
    private static void Confirm(PagedText text, List<int> top, List<int> repeat)
    {
        var kept = top.Where(i => !repeat.Contains(i)).Take(repeat.Count).ToList();
        text.ConfirmedHeadings[kept[0] + 1] = Title(string.Join(' ', kept.Select(i => text.Lines[i])));
    }

    /// <summary>A header's shape: a short line of words, not a sentence, a page number or a date (a cover's and its summary page's).</summary>
    private static bool IsLabel(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 1 and <= MaxLength && trimmed.Any(char.IsLetter) && !SentenceEnd.Ends(trimmed) && !PageNumber.Is(trimmed) && !NotAHeading.IsDate(trimmed);
    }

    private static bool Same(PagedText text, int a, int b) => a != b && string.Join(' ', Words(text.Lines[a])) == string.Join(' ', Words(text.Lines[b]));

    private static List<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
