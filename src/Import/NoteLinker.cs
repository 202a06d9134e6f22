using System.Text.RegularExpressions;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// Links notes to their markers on the seed's lines, before paragraphs are formed: definitions at
/// the foot of each page (after the body text, before the footer), and at the end after a notes
/// heading (<c>import.note_headings</c>) or as a run of <c>[1]</c> lines. A definition is taken only
/// when its marker is found in the text it belongs to, and a marker only when its definition
/// exists; the rest stays as written, with a warning. Linked notes are renumbered in the order
/// their markers appear (numbers that restart on each page become unique) and each marker is
/// replaced by a <see cref="NoteMarker"/>.
/// </summary>
public static class NoteLinker
{
    /// <summary>How many lines at a page's foot may hold its notes.</summary>
    private const int MaxFootLines = 40;

    /// <param name="headings">Regular expressions for a line that heads a list of notes (<c>import.note_headings</c>).</param>
    /// <param name="isPageNumber">Whether a line is a page number: one below a page's notes is not part of them.</param>
    public static SortedDictionary<int, FootnoteDefinition> Link(PagedText text, IReadOnlyList<string> headings, Func<string, bool> isPageNumber, string file, List<Diagnostic> warnings)
    {
        var linked = new List<(NoteMarkerPlace Place, NoteDefinition Definition, List<NoteMarkerPlace> Again)>();
        var patterns = headings.Select(h => new Regex($"^(?:{h})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList();
        var endStart = text.Lines.Count;
        foreach (var list in EndNotes.FindAll(text, patterns, isPageNumber))
        {
            var body = Enumerable.Range(list.BodyStart, list.BodyEnd - list.BodyStart).ToList();
            var matched = BestMatch(text, body, list.Definitions);
            if (matched.Count(m => m.Place is not null) * 2 < list.Definitions.Count)
            {
                continue;
            }

            endStart = Math.Min(endStart, list.Heading ?? list.BodyEnd);
            foreach (var (definition, place) in matched)
            {
                if (place is null)
                {
                    var written = definition.Shape == NoteLabelShape.Bracket ? $"[{definition.Label}]" : definition.Label;
                    warnings.Add(Diagnostic.Warning(file, $"footnote {written} is defined but never referenced in the text; it is left as written", definition.FirstLine + 1));
                    continue;
                }

                var again = definition.Shape == NoteLabelShape.Bracket
                    ? [.. NoteMarkerFinder.AllBracketed(text, body, definition).Where(p => p != place)]
                    : new List<NoteMarkerPlace>();
                linked.Add((place, definition, again));
            }

            if (list.Heading is { } heading)
            {
                text.Remove(heading);
            }
        }

        foreach (var (start, end) in text.Pages())
        {
            if (FootNotes(text, start, Math.Min(end, endStart), isPageNumber, file, warnings) is { } foot)
            {
                linked.AddRange(foot.Select(f => (f.Place, f.Definition, new List<NoteMarkerPlace>())));
            }
        }

        return Apply(text, linked, file, warnings);
    }

    /// <summary>
    /// The notes at the foot of one page whose markers are in the page's text above them: of the
    /// runs of definitions that end the page, the one with most markers found (at least half of
    /// its notes), the shortest when several find as many. Its notes without a marker stay as text.
    /// </summary>
    private static List<(NoteMarkerPlace Place, NoteDefinition Definition)>? FootNotes(PagedText text, int start, int end, Func<string, bool> isPageNumber, string file, List<Diagnostic> warnings)
    {
        var filled = Enumerable.Range(start, Math.Max(0, end - start)).Where(i => !text.IsBlank(i)).ToList();
        while (filled.Count > 0 && isPageNumber(text.Lines[filled[^1]]))
        {
            filled.RemoveAt(filled.Count - 1);
        }

        List<(NoteDefinition Definition, NoteMarkerPlace? Place)>? best = null;
        for (var k = filled.Count - 1; k > 0 && filled.Count - k <= MaxFootLines; k--)
        {
            if (NoteDefinitionReader.Start(text.Lines[filled[k]], pageFoot: true) is null
                || NoteDefinitionReader.ReadRun(text, filled[k..], pageFoot: true) is not { } definitions)
            {
                continue;
            }

            var matched = definitions.Zip(NoteMarkerFinder.MatchInOrder(text, filled[..k], definitions, NoteMarkerFinder.PageFootForms, anyOrder: true)).ToList();
            var found = matched.Count(m => m.Second is not null);
            if (found * 2 >= matched.Count && found > (best?.Count(b => b.Place is not null) ?? 0))
            {
                best = [.. matched.Select(m => (m.First, m.Second))];
            }
        }

        foreach (var (definition, _) in best?.Where(b => b.Place is null) ?? [])
        {
            warnings.Add(Diagnostic.Warning(file, $"footnote {definition.Label} at the page foot has no marker in the page's text; it is left as written", definition.FirstLine + 1));
        }

        return best?.Where(b => b.Place is not null).Select(b => (b.Place!, b.Definition)).ToList();
    }

    /// <summary>Matches definitions in the marker form that finds most of them.</summary>
    private static List<(NoteDefinition Definition, NoteMarkerPlace? Place)> BestMatch(PagedText text, IReadOnlyList<int> body, IReadOnlyList<NoteDefinition> definitions) =>
        NoteMarkerFinder.FormsFor(definitions[0].Shape)
            .Select(form => definitions.Zip(NoteMarkerFinder.MatchInOrder(text, body, definitions, [form])).ToList())
            .OrderByDescending(m => m.Count(p => p.Second is not null))
            .First()
            .Select(m => (m.First, m.Second))
            .ToList();

    private static SortedDictionary<int, FootnoteDefinition> Apply(PagedText text, List<(NoteMarkerPlace Place, NoteDefinition Definition, List<NoteMarkerPlace> Again)> linked, string file, List<Diagnostic> warnings)
    {
        var definitions = new SortedDictionary<int, FootnoteDefinition>();
        var replacements = new List<(NoteMarkerPlace Place, int Number)>();
        var number = 0;
        foreach (var (place, definition, again) in linked.OrderBy(l => l.Place.Line).ThenBy(l => l.Place.Index))
        {
            number++;
            definitions[number] = new FootnoteDefinition(definition.Text, definition.FirstLine + 1);
            replacements.Add((place, number));
            replacements.AddRange(again.Select(a => (a, number)));
            foreach (var line in definition.Lines)
            {
                text.Remove(line);
            }
        }

        foreach (var (place, marker) in replacements.OrderByDescending(r => r.Place.Line).ThenByDescending(r => r.Place.Index))
        {
            var line = text.Lines[place.Line];
            var previous = place.Line - 1;
            if (place.Length == line.Length && previous >= 0 && !text.IsBlank(previous))
            {
                // A marker on a line of its own belongs to the end of the line before.
                text.Lines[previous] += NoteMarker.Make(marker);
                text.Lines[place.Line] = "";
                continue;
            }

            text.Lines[place.Line] = line[..place.Index] + NoteMarker.Make(marker) + line[(place.Index + place.Length)..];
        }

        foreach (var (line, marker) in NoteMarkerFinder.Unlinked(text, [.. Enumerable.Range(0, text.Lines.Count)]))
        {
            warnings.Add(Diagnostic.Warning(file, $"footnote marker {marker} has no definition; it is left as written", line + 1));
        }

        return definitions;
    }
}
