using BriefingSite.Config;

namespace BriefingSite.Cli.Serve;

/// <summary>
/// Watches seeds/, input/, theme/ and site.yml and reports what changed once things settle
/// (debounced: an editor's save is several events within a few milliseconds).
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private readonly TimeSpan _quiet;
    private SiteChanges _pending;

    public SiteWatcher(SitePaths paths, Action<SiteChanges> changed, TimeSpan? quiet = null)
    {
        _quiet = quiet ?? TimeSpan.FromMilliseconds(40);
        _timer = new Timer(_ =>
        {
            SiteChanges changes;
            lock (_lock)
            {
                (changes, _pending) = (_pending, SiteChanges.None);
            }

            changed(changes);
        });
        Watch(paths.Seeds, "*", SiteChanges.Seeds);
        Watch(paths.Input, "*", SiteChanges.Input);
        Watch(paths.Theme, "*", SiteChanges.Theme);
        Watch(paths.Root, SitePaths.ConfigFileName, SiteChanges.Config, recursive: false);
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
            return;
        }

        var watcher = new FileSystemWatcher(folder, filter) { IncludeSubdirectories = recursive, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler onChange = (_, _) => Changed(kind);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => Changed(kind);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Changed(SiteChanges kind)
    {
        lock (_lock)
        {
            _pending |= kind;
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }
}
