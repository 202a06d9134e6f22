using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BriefingSite.Publishing;

/// <summary>
/// The anchor ids of a served site's pages as an update would leave them: the pages it makes
/// again over the served ones, read through without copying the served site's ids.
/// </summary>
public sealed class OverlaidIdDictionary(IReadOnlyDictionary<string, IReadOnlySet<string>> served, IReadOnlyDictionary<string, IReadOnlySet<string>> made)
    : IReadOnlyDictionary<string, IReadOnlySet<string>>
{
    public IReadOnlySet<string> this[string key] => TryGetValue(key, out var ids) ? ids : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => served.Keys.Union(made.Keys, StringComparer.Ordinal);

    public IEnumerable<IReadOnlySet<string>> Values => Keys.Select(k => this[k]);

    public int Count => Keys.Count();

    public bool ContainsKey(string key) => made.ContainsKey(key) || served.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlySet<string> value) =>
        made.TryGetValue(key, out value) || served.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, IReadOnlySet<string>>> GetEnumerator() =>
        Keys.Select(k => new KeyValuePair<string, IReadOnlySet<string>>(k, this[k])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
