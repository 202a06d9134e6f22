using System.Text.RegularExpressions;
using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// Removes page furniture line by line, before paragraphs are formed: lines matched by the
/// <c>line</c> patterns of <c>import.boilerplate</c> (banners, share rows, contents entries), the
/// start of a line a <c>line-start</c> pattern matches (alt text glued to a paragraph),
/// running headers and footers (<see cref="RunningLineFinder"/>), headings repeated at page tops
/// (<see cref="PageTopRepeats"/>), <c>tail</c> runs at the end
/// (footer menus, "Related articles"), <c>closing-page</c> runs (a publisher's standard back
/// matter on a paged text's last page) and, once notes have claimed their numbers, lone page
/// numbers. Each removal is reported with its line.
/// </summary>
public sealed class LineFurnitureRemover(IEnumerable<BoilerplatePattern> patterns)
{
    /// <summary>A tail is furniture only when this few short lines follow its first line.</summary>
    public const int MaxTailLines = 15;

    private const int MaxTailLineLength = 160;

    private readonly List<(BoilerplatePattern Pattern, Regex Regex)> _patterns =
        [.. patterns.Where(p => p.Scope != "block").Select(p => (p, new Regex(p.Pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))))];

    /// <summary>Removes furniture lines, running headers and footers, and furniture tails.</summary>
    public List<string> RemoveLines(PagedText text)
    {
        var removed = new List<string>();
        for (var i = 0; i < text.Lines.Count; i++)
        {
            if (Match("line", text.Lines[i]) is { } name)
            {
                Remove(text, i, name, removed);
            }
            else
            {
                CutStart(text, i, removed);
            }
        }

        foreach (var (index, name) in RunningLineFinder.Find(text))
        {
            Remove(text, index, name, removed);
        }

        foreach (var (index, name) in PageTopRepeats.Find(text))
        {
            Remove(text, index, name, removed);
        }

        RemoveTail(text, removed);
        RemoveClosingPage(text, removed);
        return removed;
    }

    /// <summary>
    /// Removes lone page numbers; run after notes have taken the numbers of their definitions.
    /// A number in a column of numbers (<see cref="NumberColumn"/>) is no page number: it stays.
    /// </summary>
    public List<string> RemovePageNumbers(PagedText text)
    {
        var removed = new List<string>();
        var pageNumbers = Enumerable.Range(0, text.Lines.Count)
            .Where(i => Match("page-number", text.Lines[i]) is not null && !NumberColumn.Contains(text.Lines, i))
            .ToList();
        foreach (var i in pageNumbers)
        {
            Remove(text, i, Match("page-number", text.Lines[i])!, removed);
        }

        return removed;
    }

    /// <summary>True when the line is only a page number (a <c>page-number</c> pattern matches it).</summary>
    public bool IsPageNumber(string line) => Match("page-number", line) is not null;

    private void RemoveTail(PagedText text, List<string> removed)
    {
        var kept = Enumerable.Range(0, text.Lines.Count).Where(i => !text.IsBlank(i)).ToList();
        for (var k = Math.Max(0, kept.Count - MaxTailLines); k < kept.Count; k++)
        {
            if (Match("tail", text.Lines[kept[k]]) is not { } name)
            {
                continue;
            }

            var tail = kept[k..];
            if (tail.All(i => text.Lines[i].Trim().Length <= MaxTailLineLength))
            {
                tail.ForEach(i => Remove(text, i, name, removed));
            }

            return;
        }
    }

    /// <summary>
    /// A publisher's closing page ("GAO's Mission", "Obtaining Copies"): only on the last page with
    /// text of a text with page breaks, from the matched line to the end, when no line is a long
    /// paragraph (back matter is set in short lines).
    /// </summary>
    private void RemoveClosingPage(PagedText text, List<string> removed)
    {
        if (!text.HasFormFeeds)
        {
            return;
        }

        var (start, end) = text.Pages().LastOrDefault(p => Enumerable.Range(p.Start, p.End - p.Start).Any(i => !text.IsBlank(i)));
        for (var i = start; i < end; i++)
        {
            if (Match("closing-page", text.Lines[i]) is not { } name)
            {
                continue;
            }

            var rest = Enumerable.Range(i, text.Lines.Count - i).Where(j => !text.IsBlank(j)).ToList();
            if (rest.All(j => text.Lines[j].Trim().Length <= MaxTailLineLength))
            {
                rest.ForEach(j => Remove(text, j, name, removed));
            }

            return;
        }
    }

    /// <summary>Cuts a <c>line-start</c> match from the start of a line and keeps the rest ("Cover of the report -- …2007What I would like" keeps "What I would like").</summary>
    private void CutStart(PagedText text, int index, List<string> removed)
    {
        var line = text.Lines[index].TrimStart();
        foreach (var (pattern, regex) in _patterns.Where(p => p.Pattern.Scope == "line-start"))
        {
            var match = regex.Match(line);
            if (match.Success && match.Index == 0 && match.Length > 0 && line[match.Length..].Trim().Length > 0)
            {
                removed.Add($"{pattern.Name} (line {index + 1}): \u2068{Shorten(match.Value.Trim())}\u2069");
                text.Lines[index] = line[match.Length..].TrimStart();
                return;
            }
        }
    }

    private string? Match(string scope, string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length == 0 ? null : _patterns.FirstOrDefault(p => p.Pattern.Scope == scope && p.Regex.IsMatch(trimmed)).Pattern?.Name;
    }

    private static void Remove(PagedText text, int index, string name, List<string> removed)
    {
        removed.Add($"{name} (line {index + 1}): \u2068{Shorten(text.Lines[index].Trim())}\u2069");
        text.Remove(index);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";
}
