using System.Collections.Concurrent;

namespace BriefingSite.Publishing;

/// <summary>
/// One copy of each string among many pages' link summaries: most links repeat on every page
/// (navigation, stylesheet, cards), so a large site's summaries stay small. A value met before is
/// found from the page's characters without making a string. Safe to use from many threads.
/// </summary>
public sealed class SharedStrings
{
    // Adds take a lock per stripe; many stripes and room for a site's links keep two workers from waiting on each other.
    private readonly ConcurrentDictionary<string, string> _strings = new(concurrencyLevel: 64, capacity: 16_384, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;

    public SharedStrings() => _byCharacters = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared copy of <paramref name="text"/>.</summary>
    public string Get(string text) => _strings.GetOrAdd(text, text);

    /// <summary>The shared copy of these characters, made only when they are new.</summary>
    public string Get(ReadOnlySpan<char> text) => _byCharacters.TryGetValue(text, out var known) ? known : Get(text.ToString());
}
