using System.Globalization;
using BriefingSite.Pipeline;

namespace BriefingSite.Cli.Serve;

/// <summary>
/// <c>briefing serve</c>: builds the site for its local address, serves it, and rebuilds and
/// reloads open pages whenever the sources change. A failed rebuild leaves the served site as
/// it was (the build is atomic) and prints its errors.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly Lock _building = new();
    private PreviewServer? _server;
    private SiteWatcher? _watcher;

    private PreviewSession(ServeOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    public PreviewServer Server => _server ?? throw new InvalidOperationException("not started");

    /// <summary>Starts the server, builds once, then watches. Returns once the first build is served.</summary>
    public static async Task<PreviewSession> StartAsync(ServeOptions options, TextWriter log)
    {
        var session = new PreviewSession(options, log);
        session._server = await PreviewServer.StartAsync(options.Paths.Output, options.Port, options.PathBase);
        session.Rebuild(options.Import);
        session._watcher = new SiteWatcher(options.Paths, needsImport => session.Rebuild(options.Import && needsImport));
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private void Rebuild(bool import)
    {
        lock (_building)
        {
            try
            {
                BuildOnce(import);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file held by an editor mid-save: report it and keep serving; the next change rebuilds.
                _log.WriteLine($"error: {ex.Message}; still serving the previous site.");
            }
#pragma warning disable CA1031 // This runs on a timer thread: an escaping exception would end the preview.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                _log.WriteLine($"internal error while rebuilding: {ex.GetType().Name}: {ex.Message}; still serving the previous site.");
            }
        }
    }

    private void BuildOnce(bool import)
    {
        var result = new SiteBuilder().Build(new BuildOptions(_options.Paths, BaseUrl: Server.Url, Import: import));
        foreach (var diagnostic in result.Diagnostics)
        {
            _log.WriteLine(diagnostic.ToString());
        }

        if (result.Succeeded)
        {
            Server.SignalRebuilt();
            _log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {result.FilesWritten} files in {result.Elapsed.TotalSeconds:0.00} s; serving {Server.Url}"));
        }
        else
        {
            _log.WriteLine($"Build failed with {result.ErrorCount} error(s); still serving the previous site.");
        }
    }
}
