using System.Collections.Concurrent;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>
/// Pages loaded by earlier builds, by file, reused while the file's size and modification time
/// are unchanged: <c>serve</c> keeps one across rebuilds, so an edit re-reads one file rather than
/// the archive. A page depends on site.yml (languages, topics): discard the cache when it changes.
/// </summary>
public sealed class PageCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The page (null when the file had errors or was not a page) and the diagnostics loading it gave.</summary>
    public bool TryGet(string path, FileStamp stamp, out Page? page, out IReadOnlyList<Diagnostic> diagnostics)
    {
        if (_entries.TryGetValue(path, out var entry) && entry.Stamp == stamp)
        {
            (page, diagnostics) = (entry.Page, entry.Diagnostics);
            return true;
        }

        (page, diagnostics) = (null, []);
        return false;
    }

    public void Put(string path, FileStamp stamp, Page? page, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (stamp != default)
        {
            _entries[path] = new Entry(stamp, page, diagnostics);
        }
    }

    /// <summary>Forgets files that are gone.</summary>
    public void KeepOnly(IReadOnlyCollection<string> paths)
    {
        var keep = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(p => !keep.Contains(p)))
        {
            _entries.TryRemove(path, out _);
        }
    }

    private sealed record Entry(FileStamp Stamp, Page? Page, IReadOnlyList<Diagnostic> Diagnostics);
}

/// <summary>What tells an edited file from an unchanged one without reading it.</summary>
public readonly record struct FileStamp(long Length, DateTime ModifiedUtc)
{
    /// <summary>The file's stamp; the default stamp (never cached) when it cannot be read, which the read then reports.</summary>
    public static FileStamp Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return new FileStamp(info.Length, info.LastWriteTimeUtc);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return default;
        }
    }
}
