namespace BriefingSite.Pipeline;

/// <summary>
/// For each output page of a served site, the source files of the pages it shows, and the reverse:
/// for each source file, the outputs that show it, so an update finds the outputs an edit touches
/// without looking at every route.
/// </summary>
public sealed class ShownIndex
{
    private readonly Dictionary<string, string[]> _byOutput = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _bySource = new(StringComparer.Ordinal);

    /// <param name="shown">Output path to the source files of the pages it shows.</param>
    public ShownIndex(IEnumerable<KeyValuePair<string, string[]>> shown) => Record(shown);

    public int Count => _byOutput.Count;

    /// <summary>The output pages that show one of <paramref name="sources"/>, in path order.</summary>
    public IReadOnlyList<string> Showing(IEnumerable<string> sources) =>
        [.. sources.SelectMany(s => _bySource.GetValueOrDefault(s) ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The source files <paramref name="output"/> shows; empty when it is not recorded.</summary>
    public IReadOnlyList<string> ShownBy(string output) => _byOutput.GetValueOrDefault(output) ?? [];

    /// <summary>Records what some outputs show now, replacing what they showed.</summary>
    public void Record(IEnumerable<KeyValuePair<string, string[]>> shown)
    {
        foreach (var (output, sources) in shown)
        {
            if (_byOutput.TryGetValue(output, out var before))
            {
                foreach (var source in before)
                {
                    _bySource[source].Remove(output);
                }
            }

            _byOutput[output] = sources;
            foreach (var source in sources)
            {
                if (!_bySource.TryGetValue(source, out var outputs))
                {
                    _bySource[source] = outputs = new HashSet<string>(StringComparer.Ordinal);
                }

                outputs.Add(output);
            }
        }
    }
}
