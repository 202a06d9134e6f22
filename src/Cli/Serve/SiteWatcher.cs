using BriefingSite.Config;

namespace BriefingSite.Cli.Serve;

/// <summary>
/// Watches seeds/, input/, theme/ and site.yml and reports what changed once things settle
/// (debounced by 20 ms: an editor's save is several events within a millisecond or two, and the
/// edited page waits out the whole quiet time). With it come the input Markdown files edited in
/// place, when that is all that happened in input/ (no file created, deleted or renamed, no event
/// lost), so an update need not look at the others.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private readonly TimeSpan _quiet;
    private readonly List<(string Folder, string Filter, SiteChanges Kind, bool Recursive)> _missing = [];
    private SiteChanges _pending;
    private HashSet<string>? _edited = [];

    public SiteWatcher(SitePaths paths, Action<SiteChanges, IReadOnlyCollection<string>?> changed, TimeSpan? quiet = null)
    {
        _quiet = quiet ?? TimeSpan.FromMilliseconds(20);
        _timer = new Timer(_ =>
        {
            SiteChanges changes;
            HashSet<string>? edited;
            lock (_lock)
            {
                (changes, _pending) = (_pending, SiteChanges.None);
                (edited, _edited) = (_edited, []);
            }

            changed(changes, edited);
        });
        Watch(paths.Seeds, "*", SiteChanges.Seeds);
        Watch(paths.Input, "*", SiteChanges.Input);
        Watch(paths.Theme, "*", SiteChanges.Theme);
        Watch(paths.Root, SitePaths.ConfigFileName, SiteChanges.Config, recursive: false);
    }

    /// <summary>Starts watching the folders that did not exist at the start (input/, before the first import made it).</summary>
    public void WatchNewFolders()
    {
        lock (_lock)
        {
            var missing = _missing.ToArray();
            _missing.Clear();
            foreach (var (folder, filter, kind, recursive) in missing)
            {
                Watch(folder, filter, kind, recursive);
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Watch(string folder, string filter, SiteChanges kind, bool recursive = true)
    {
        if (!Directory.Exists(folder))
        {
            _missing.Add((folder, filter, kind, recursive));
            return;
        }

        var watcher = new FileSystemWatcher(folder, filter) { IncludeSubdirectories = recursive, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler onChange = (_, e) => Changed(kind, e.ChangeType == WatcherChangeTypes.Changed && e.FullPath.EndsWith(".md", StringComparison.Ordinal) ? e.FullPath : null);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => Changed(kind, null);
        watcher.Error += (_, _) => Changed(kind, null);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    /// <param name="editedFile">An input file edited in place; null for any other change in the folder.</param>
    private void Changed(SiteChanges kind, string? editedFile)
    {
        lock (_lock)
        {
            _pending |= kind;
            if (kind == SiteChanges.Input)
            {
                if (editedFile is null)
                {
                    _edited = null;
                }
                else
                {
                    _edited?.Add(editedFile);
                }
            }
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }
}
