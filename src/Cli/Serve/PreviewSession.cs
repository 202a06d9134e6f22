using System.Globalization;
using System.Runtime;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Pipeline;
using BriefingSite.Publishing;
using BriefingSite.Publishing.Search;
using BriefingSite.Rendering;

namespace BriefingSite.Cli.Serve;

/// <summary>
/// <c>briefing serve</c>: builds the site for its local address, serves it, and updates it and
/// reloads open pages whenever the sources change. Every change runs the build's steps; after an
/// edit to input pages they run as an update (<see cref="BuildContext.Previous"/>) that re-renders
/// only the outputs that show the edited pages, and the search index follows in the background.
/// Theme and configuration changes, and edits that reorder listings, make the whole site.
/// A failed update leaves the served site as it was and prints its errors.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly Lock _building = new();
    private PreviewServer? _server;
    private SiteWatcher? _watcher;
    private PageCache _cache = new();
    private PreviousBuild? _previous;
    private int _searchVersion;
    private Task _searchRefresh = Task.CompletedTask;
    private ServedSearchIndex? _servedSearch;

    private PreviewSession(ServeOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    public PreviewServer Server => _server ?? throw new InvalidOperationException("not started");

    /// <summary>
    /// Starts the server and the watcher, then builds once. Returns once the first build is served.
    /// The watcher starts first so that a file saved during that build (a minute at archive scale)
    /// is not missed: the update after it checks every input file against what the build read, so
    /// the import's own writes during the build cost a look at each file and render nothing.
    /// </summary>
    /// <param name="progress">Shown while the first build runs (a terminal's progress line); none by default.</param>
    public static async Task<PreviewSession> StartAsync(ServeOptions options, TextWriter log, IBuildProgress? progress = null)
    {
        // A preview is interactive: prefer background collections to long pauses during an update.
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        // Before the server creates or serves the folder: it must be one a build may own.
        OutputGuard.Check(options.Paths);
        var session = new PreviewSession(options, log);
        session._server = await PreviewServer.StartAsync(options.Paths.Output, options.Port, options.PathBase);
        session._watcher = new SiteWatcher(options.Paths, (changes, edited) => session.Rebuild(changes, edited));
        session.Rebuild(SiteChanges.Seeds, null, progress);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        Interlocked.Increment(ref _searchVersion);
        await _searchRefresh;
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <param name="edited">Input files edited in place, when the watcher saw nothing else happen in input/.</param>
    private void Rebuild(SiteChanges changes, IReadOnlyCollection<string>? edited, IBuildProgress? progress = null)
    {
        lock (_building)
        {
            try
            {
                Build(changes, edited, progress ?? SilentProgress.Instance);
            }
            catch (SiteException ex)
            {
                _previous = null;
                _log.WriteLine($"{ex.Diagnostic}; still serving the previous site.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file held by an editor mid-save: report it and keep serving; the next change rebuilds.
                // .NET's message names the path; a missing file is named as the other errors name theirs.
                var file = ex is FileNotFoundException { FileName: { } path } ? _options.Paths.Display(path) + ": " : "";
                _log.WriteLine($"{file}error: {ex.Message}; still serving the previous site.");
            }
#pragma warning disable CA1031 // This runs on a timer thread: an escaping exception would end the preview.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _previous = null;
                _log.WriteLine($"(serve): error: the update stopped unexpectedly ({ex.Message}); still serving the previous site. Please report it.");
            }
        }
    }

    /// <summary>
    /// Runs the build's steps: after edits to input pages alone, as an update of the last build
    /// (the outputs showing an edited page, replaced in place, or the whole site when the edits
    /// change its shape); after any other change, the whole site afresh.
    /// </summary>
    private void Build(SiteChanges changes, IReadOnlyCollection<string>? edited, IBuildProgress progress)
    {
        if (changes.HasFlag(SiteChanges.Config))
        {
            _cache = new PageCache();
        }

        var previous = changes == SiteChanges.Input ? _previous : null;
        var import = _options.Import && (changes & (SiteChanges.Seeds | SiteChanges.Config)) != 0;
        var context = new BuildContext(
            new BuildOptions(_options.Paths, BaseUrl: Server.Url, Import: import, Cache: _cache, TrackShownPages: true),
            progress)
        { Previous = previous, EditedFiles = edited };
        var result = SiteBuilder.Build(context);
        _watcher?.WatchNewFolders();
        foreach (var diagnostic in result.Diagnostics)
        {
            _log.WriteLine(diagnostic.ToString());
        }

        if (!result.Succeeded)
        {
            // A failed update leaves the served site as the last build made it; a failed build may have met a changed theme or site.yml.
            _previous = previous;
            _log.WriteLine($"{(previous is null ? "Build" : "Update")} failed with {result.ErrorCount} error(s); still serving the previous site.");
            return;
        }

        // An up-to-date build renders nothing, so there is nothing to update from: the next edit builds in full.
        _previous = PreviousBuild.Of(context);
        if (context.Output is InPlaceOutput update)
        {
            if (update.Written.Count > 0 && _previous is not null)
            {
                Server.SignalRebuilt();
                _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Updated {update.Written.Count} file(s) in {result.Elapsed.TotalMilliseconds:0} ms; search index refreshing."));
                RefreshSearchLater(_previous);
            }

            return;
        }

        // This build wrote its own search index: a refresh still running for an earlier update is void.
        Interlocked.Increment(ref _searchVersion);
        _servedSearch = new ServedSearchIndex(_options.Paths.Output);
        Server.SignalRebuilt();
        _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {result.FilesWritten} files in {result.Elapsed.TotalSeconds:0.00} s; serving {Server.Url}"));
    }

    /// <summary>
    /// Rebuilds the search index off the edit's path: at archive scale it takes seconds, and the
    /// edited page should not wait for it. A newer edit or build makes an older refresh's result void.
    /// </summary>
    private void RefreshSearchLater(PreviousBuild updated)
    {
        var version = Interlocked.Increment(ref _searchVersion);
        var previous = _searchRefresh;
        _searchRefresh = Task.Run(async () =>
        {
            await previous;
            if (version != Volatile.Read(ref _searchVersion))
            {
                return;
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            IReadOnlyList<OutputFile> files;
            try
            {
                files = SearchIndexStep.Files(updated.Site, updated.Strings);
            }
            catch (SiteException ex)
            {
                // Page texts are read again from their files: one saved meanwhile starts the next update, which refreshes again.
                _log.WriteLine($"Search index not refreshed: {ex.Diagnostic}");
                return;
            }

            lock (_building)
            {
                if (version == Volatile.Read(ref _searchVersion))
                {
                    var written = (_servedSearch ??= new ServedSearchIndex(_options.Paths.Output)).Replace(files);
                    _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Search index refreshed in {watch.Elapsed.TotalSeconds:0.0} s ({written} of {files.Count} files changed)."));
                }
            }
        });
    }
}
