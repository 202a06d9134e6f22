using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>
/// Files that are slow to make (drawn share cards, printed PDFs) are taken from the previous
/// <c>output/</c> when what they were made from is unchanged. The previous output is the cache,
/// so nothing is written outside the output folder and a fresh clone simply starts cold: its
/// <see cref="FileName"/> lists each such file with the key of its inputs. Safe to use from many threads.
/// </summary>
public sealed class ArtifactCache
{
    /// <summary>The list of cached files, at the top of the output folder.</summary>
    public const string FileName = ".briefing-artifacts";

    private readonly string _previousFolder;
    private readonly IReadOnlyDictionary<string, string> _previous;
    private readonly ConcurrentDictionary<string, string> _current = new(StringComparer.Ordinal);
    private int _reused;
    private int _made;

    private ArtifactCache(string previousFolder, IReadOnlyDictionary<string, string> previous)
    {
        _previousFolder = previousFolder;
        _previous = previous;
    }

    /// <summary>Files taken from the previous output so far.</summary>
    public int Reused => _reused;

    /// <summary>Files made anew so far.</summary>
    public int Made => _made;

    /// <summary>
    /// Reads the list left by the previous build in <paramref name="outputFolder"/>; empty when there is none or it is unreadable.
    /// With <paramref name="keepListed"/> (an update of some files in place) this build's list starts as the previous one.
    /// </summary>
    public static ArtifactCache Load(string outputFolder, bool keepListed = false)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = Path.Combine(outputFolder, FileName);
        if (File.Exists(list))
        {
            foreach (var line in File.ReadLines(list))
            {
                // "key<TAB>path": a damaged line only costs a redraw.
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0)
                {
                    previous[line[(tab + 1)..]] = line[..tab];
                }
            }
        }

        var cache = new ArtifactCache(outputFolder, previous);
        if (keepListed)
        {
            foreach (var (path, key) in previous)
            {
                cache._current[path] = key;
            }
        }

        return cache;
    }

    /// <summary>A key for the inputs of one artifact: a hash of its parts in order.</summary>
    public static string Key(params IEnumerable<string?> parts)
    {
        var text = string.Join('\u001f', parts.Select(p => p ?? "\u0000"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The file at <paramref name="path"/> copied from the previous output when it was made from
    /// inputs with this <paramref name="key"/>; otherwise <paramref name="make"/>'s bytes. Either way
    /// the file is listed for the next build.
    /// </summary>
    public OutputFile Get(string path, string key, Func<byte[]> make)
    {
        _current[path] = key;
        if (Has(path, key))
        {
            Interlocked.Increment(ref _reused);
            return new OutputFile(path, null, PreviousPath(path));
        }

        Interlocked.Increment(ref _made);
        return new OutputFile(path, null) { Bytes = make() };
    }

    /// <summary>Whether <see cref="Get"/> would copy the file rather than make it.</summary>
    public bool Has(string path, string key) => PreviousKey(path) == key;

    /// <summary>The key the previous build listed for <paramref name="path"/>, when that file is still in its output; otherwise null.</summary>
    public string? PreviousKey(string path) =>
        _previous.TryGetValue(path, out var previousKey) && File.Exists(OutputTarget.Resolve(_previousFolder, path)) ? previousKey : null;

    /// <summary>Lists a file made outside <see cref="Get"/> (a batch printed by one browser) for the next build.</summary>
    public void Record(string path, string key, bool reused)
    {
        _current[path] = key;
        if (reused)
        {
            Interlocked.Increment(ref _reused);
        }
        else
        {
            Interlocked.Increment(ref _made);
        }
    }

    /// <summary>The full path of a file in the previous output (to copy a reused file from).</summary>
    public string PreviousPath(string path) => OutputTarget.Resolve(_previousFolder, path);

    /// <summary>This build's list, for the next build; null when nothing was cached.</summary>
    public OutputFile? List() =>
        _current.IsEmpty
            ? null
            : new OutputFile(FileName, string.Concat(_current.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value}\t{p.Key}\n")));
}
