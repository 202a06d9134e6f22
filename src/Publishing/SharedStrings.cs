namespace BriefingSite.Publishing;

/// <summary>
/// One copy of each string among many pages' link summaries: most links and ids repeat on every
/// page (navigation, stylesheet, note ids), so a large site's summaries stay small. A value met
/// before is found from the page's characters without making a string. Safe to use from many
/// threads: each has a table of its own, so adding takes no lock (one concurrent table's locks and
/// resizes held up the render workers for a fifth of their time at 30,000 briefings), and a value is
/// kept at most once per thread.
/// </summary>
public sealed class SharedStrings : IDisposable
{
    private readonly ThreadLocal<Table> _tables = new(() => new Table());

    /// <summary>The shared copy of <paramref name="text"/>.</summary>
    public string Get(string text) => _tables.Value!.Get(text);

    /// <summary>The shared copy of these characters, made only when they are new.</summary>
    public string Get(ReadOnlySpan<char> text) => _tables.Value!.Get(text);

    public void Dispose() => _tables.Dispose();

    private sealed class Table
    {
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byCharacters;

        public Table() => _byCharacters = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(string text)
        {
            if (_strings.TryGetValue(text, out var known))
            {
                return known;
            }

            _strings.Add(text, text);
            return text;
        }

        public string Get(ReadOnlySpan<char> text) => _byCharacters.TryGetValue(text, out var known) ? known : Get(text.ToString());
    }
}
