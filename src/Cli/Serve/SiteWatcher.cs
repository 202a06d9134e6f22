using BriefingSite.Config;

namespace BriefingSite.Cli.Serve;

/// <summary>
/// Watches seeds/, input/, theme/ and site.yml and reports a change once things settle
/// (debounced: an editor's save is several events). <c>needsImport</c> is true when seeds or
/// configuration changed, which is when the importer must run again.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private readonly TimeSpan _quiet;
    private bool _needsImport;

    public SiteWatcher(SitePaths paths, Action<bool> changed, TimeSpan? quiet = null)
    {
        _quiet = quiet ?? TimeSpan.FromMilliseconds(300);
        _timer = new Timer(_ =>
        {
            bool needsImport;
            lock (_lock)
            {
                needsImport = _needsImport;
                _needsImport = false;
            }

            changed(needsImport);
        });
        Watch(paths.Seeds, "*", importing: true);
        Watch(paths.Input, "*", importing: false);
        Watch(paths.Theme, "*", importing: false);
        Watch(paths.Root, SitePaths.ConfigFileName, importing: true, recursive: false);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Watch(string folder, string filter, bool importing, bool recursive = true)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder, filter) { IncludeSubdirectories = recursive, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler onChange = (_, _) => Changed(importing);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => Changed(importing);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Changed(bool importing)
    {
        lock (_lock)
        {
            _needsImport |= importing;
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }
}
