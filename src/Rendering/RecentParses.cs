namespace BriefingSite.Rendering;

/// <summary>
/// The last few texts a <see cref="MarkdownRenderer"/> parsed for one worker. A translated briefing's
/// text is shown on its own page and on both side-by-side pages; the render step hands those routes
/// to one worker in a row with one of these, so each text is parsed once rather than three times.
/// Not thread-safe: one per worker, never shared.
/// </summary>
public sealed class RecentParses
{
    private readonly ParsedText?[] _entries = new ParsedText?[4];
    private int _next;

    internal ParsedText? Find(MarkdownRenderer owner, string markdown)
    {
        foreach (var entry in _entries)
        {
            if (entry is not null && entry.Owner == owner && ReferenceEquals(entry.Markdown, markdown))
            {
                return entry;
            }
        }

        return null;
    }

    internal void Remember(ParsedText entry)
    {
        _entries[_next] = entry;
        _next = (_next + 1) % _entries.Length;
    }
}
