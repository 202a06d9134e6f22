using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// The search index of a served site, replaced after each update (serve makes it in the background).
/// An edit changes a few of its files (the edited page's text, the index, the shards of changed
/// words) out of one per page: it writes only those. Rewriting all of them (172 MB in 10,953 files
/// at 10,000 briefings) kept the refresh seconds long and left the disk busy under the next edit.
/// </summary>
/// <param name="output">The served folder, as the last full build made it: a new build starts a new instance.</param>
public sealed class ServedSearchIndex(string output)
{
    // What each served file holds, by path: a hash of its text, as the last refresh left it (empty before the first).
    private Dictionary<string, ulong> _served = new(StringComparer.Ordinal);

    /// <summary>
    /// Replaces the files that changed: shards first and the index that names them last, so a search
    /// never looks for a shard that is not there yet; then removes shards no longer named.
    /// </summary>
    /// <returns>How many files were written.</returns>
    public int Replace(IReadOnlyList<OutputFile> files)
    {
        var written = 0;
        var served = new Dictionary<string, ulong>(files.Count, StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path == SearchIndexWriter.IndexPath))
        {
            var hash = HashOf(file);
            var unchanged = _served.TryGetValue(file.Path, out var known) ? known == hash : SameAsServed(file);
            if (!unchanged)
            {
                OutputTarget.Replace(output, file);
                written++;
            }

            served[file.Path] = hash;
        }

        // Only the files named now are served after this: a shard dropped here and named again later is compared again.
        _served = served;

        var current = files.Select(f => OutputTarget.Resolve(output, f.Path)).ToHashSet(StringComparer.Ordinal);
        var folder = OutputTarget.Resolve(output, SearchIndexWriter.Folder);
        foreach (var stale in Directory.EnumerateFiles(folder).Where(f => !current.Contains(f)))
        {
            File.Delete(stale);
        }

        return written;
    }

    private static ulong HashOf(OutputFile file) =>
        file.Text is { } text ? XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan())) : XxHash3.HashToUInt64(file.Bytes);

    /// <summary>Whether the served file already holds this content: read once per file, for files the full build wrote.</summary>
    private bool SameAsServed(OutputFile file)
    {
        var path = OutputTarget.Resolve(output, file.Path);
        if (!File.Exists(path))
        {
            return false;
        }

        var content = file.Text is { } text ? Encoding.UTF8.GetBytes(text) : file.Bytes!;
        return new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}
