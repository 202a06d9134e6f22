using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Finds running headers and footers by repetition: a short line that, page numbers aside
/// (<c>Page 3 GAO-06-1046</c>, <c>Page ii</c>), recurs at the top or foot of many pages. Without
/// form feeds, the pages are unknown, so the same short line must recur at least three times
/// at regular spacing; its places then become page edges for the notes.
/// </summary>
public static partial class RunningLineFinder
{
    public const string Name = "running header/footer";

    /// <summary>How many lines at each end of a page may be a header or footer.</summary>
    private const int EdgeLines = 3;

    private const int MaxLength = 100;

    private const int MinRepeats = 3;

    /// <summary>Without form feeds, the shortest spacing (in lines) that counts as pages.</summary>
    private const int MinSpacing = 10;

    public static List<(int Index, string Name)> Find(PagedText text)
    {
        if (text.HasFormFeeds && text.PageStarts.Count >= MinRepeats)
        {
            return [.. ByPage(text).Select(i => (i, Name))];
        }

        var found = ByRegularSpacing(text);
        foreach (var index in found)
        {
            // The running line ends one page and starts the next, whichever it is.
            text.AddPageStart(index);
            text.AddPageStart(index + 1);
        }

        return [.. found.Select(i => (i, Name))];
    }

    /// <summary>The line with digits and page numerals made alike, or null when it cannot be furniture of this kind.</summary>
    public static string? Key(string line)
    {
        var trimmed = line.Trim();
        // Headers and footers are labels: a line that ends a sentence is text (or a note).
        if (trimmed.Length is 0 or > MaxLength || !trimmed.Any(char.IsLetterOrDigit) || SentenceEnd.Ends(trimmed))
        {
            return null;
        }

        var key = Spaces().Replace(RomanPage().Replace(Digits().Replace(trimmed.ToLowerInvariant(), "#"), "#"), " ");
        return key == "#" ? null : key; // a bare number may be a note's number: page numbers are matched later
    }

    private static List<int> ByPage(PagedText text)
    {
        var places = new Dictionary<string, List<(int Page, int Index)>>();
        foreach (var (page, (start, end)) in text.Pages().Index())
        {
            var filled = Enumerable.Range(start, end - start).Where(i => !text.IsBlank(i)).ToList();
            var edges = filled.Take(EdgeLines).Concat(filled.Skip(Math.Max(EdgeLines, filled.Count - EdgeLines)));
            foreach (var index in edges)
            {
                if (Key(text.Lines[index]) is { } key)
                {
                    places.TryAdd(key, []);
                    places[key].Add((page, index));
                }
            }
        }

        // Pages, not lines: a heading printed twice atop one page (beside its header) is one page's.
        var pages = text.PageStarts.Count;
        var needed = Math.Max(MinRepeats, (int)Math.Ceiling(pages * 0.25));
        return [.. places.Values.Where(p => p.DistinctBy(place => place.Page).Count() >= needed).SelectMany(p => p.Select(place => place.Index)).Order()];
    }

    private static List<int> ByRegularSpacing(PagedText text)
    {
        var places = new Dictionary<string, List<int>>();
        for (var i = 0; i < text.Lines.Count; i++)
        {
            if (Key(text.Lines[i]) is { } key)
            {
                places.TryAdd(key, []);
                places[key].Add(i);
            }
        }

        return [.. places.Values.Where(p => p.Count >= MinRepeats && IsRegular(p)).SelectMany(p => p).Order()];
    }

    private static bool IsRegular(List<int> places)
    {
        var gaps = places.Zip(places.Skip(1), (a, b) => b - a).Order().ToList();
        var median = gaps[gaps.Count / 2];
        return median >= MinSpacing && gaps.All(g => g >= median * 0.5 && g <= median * 1.5);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<=\b(page|p\.)\s*)[ivxlcdm]+\b")]
    private static partial Regex RomanPage();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
