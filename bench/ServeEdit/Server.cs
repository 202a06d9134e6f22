using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BriefingSite.Bench.ServeEdit;

/// <summary>A running <c>briefing serve</c> on a free port: its output lines, and GET requests to it.</summary>
internal sealed class Server : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly List<string> _lines = [];

    private Server(Process process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(1) };
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Starts the server and returns once it serves its first build.</summary>
    public static async Task<Server> StartAsync(string dll, string site)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { dll, "serve", "--root", site, "--no-import", "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new Server(Process.Start(start)!, port);
        server._process.OutputDataReceived += (_, e) => server.Add(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Add(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitForAsync("Built ", 1, TimeSpan.FromMinutes(30));
        return server;
    }

    public Task<string> GetAsync(string path) => _http.GetStringAsync(path);

    /// <summary>How many lines so far start with <paramref name="prefix"/>.</summary>
    public int Count(string prefix) => Lines.Count(l => l.StartsWith(prefix, StringComparison.Ordinal));

    public async Task WaitForAsync(string prefix, int count, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (Count(prefix) < count)
        {
            if (_process.HasExited || watch.Elapsed > timeout)
            {
                throw new InvalidOperationException($"no '{prefix}' line from the server:\n{string.Join('\n', Lines)}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
