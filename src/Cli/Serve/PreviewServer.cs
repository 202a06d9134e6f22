using System.Globalization;
using System.Net;
using System.Text;
using BriefingSite.Config;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace BriefingSite.Cli.Serve;

/// <summary>
/// Serves a built site folder on 127.0.0.1 under an optional path base (<c>/briefings</c>, as a
/// GitHub Pages project site would be), with 404.html for missing pages. With live reload, every
/// HTML page gets a small script that asks <see cref="VersionPath"/> for the next version (the
/// request waits until a rebuild finishes) and reloads; the files on disk never contain it.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string VersionPath = "/__briefing/version";

    /// <summary>The reload code, served as a file: the site's Content-Security-Policy forbids inline scripts.</summary>
    public const string ReloadScriptPath = "/__briefing/reload.js";

    // Long polling: each request returns as soon as the version differs from the page's, so a
    // page reloads right after its update; after an error (server stopped) it retries each second.
    private const string ReloadCode =
        "(function(){var s=document.currentScript,v=s.getAttribute(\"data-version\"),u=s.getAttribute(\"data-version-url\");"
        + "function ask(){fetch(u+\"?since=\"+v,{cache:\"no-store\"}).then(function(r){return r.text();})"
        + ".then(function(t){if(t!==v){location.reload();}else{ask();}},function(){setTimeout(ask,1000);});}ask();})();\n";

    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(25);

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly string _pathBase;
    private readonly bool _liveReload;
    private int _version;
    private TaskCompletionSource _rebuilt = NewSignal();

    private PreviewServer(WebApplication app, string folder, string pathBase, bool liveReload)
    {
        _app = app;
        _folder = folder;
        _pathBase = pathBase;
        _liveReload = liveReload;
    }

    /// <summary>The site's address, ending in a slash: <c>http://127.0.0.1:8080/briefings/</c>.</summary>
    public string Url { get; private set; } = "";

    /// <summary>Increases after every successful rebuild; open pages reload when it changes.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <param name="folder">The built site (output/); created when missing.</param>
    /// <param name="port">0 picks a free port.</param>
    /// <param name="pathBase">"" or a path such as "/briefings".</param>
    public static async Task<PreviewServer> StartAsync(string folder, int port, string pathBase = "", bool liveReload = true)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        pathBase = pathBase.Trim('/').Length == 0 ? "" : "/" + pathBase.Trim('/');

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder, WebRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, folder, pathBase, liveReload);
        server.Configure();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.TrimEnd('/') + pathBase + "/";
        return server;
    }

    /// <summary>Tells open pages that the site changed.</summary>
    public void SignalRebuilt()
    {
        Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _rebuilt, NewSignal()).TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Configure()
    {
        if (_pathBase.Length > 0)
        {
            _app.UsePathBase(_pathBase);
            // Outside the path base nothing exists, as on a project site: a stray root-absolute link shows up as a 404.
            _app.Use((context, next) => context.Request.PathBase.HasValue ? next(context) : NotFound(context));
        }

        _app.Use((context, next) => context.Request.Path == VersionPath ? WriteVersion(context) : next(context));
        _app.Use((context, next) =>
        {
            if (context.Request.Path != ReloadScriptPath)
            {
                return next(context);
            }

            context.Response.ContentType = "text/javascript; charset=utf-8";
            return context.Response.WriteAsync(ReloadCode);
        });
        var files = new PhysicalFileProvider(_folder);
        _app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _app.Use((context, next) => TryServeHtml(context, context.Request.Path.Value ?? "", StatusCodes.Status200OK, next));
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes(), ServeUnknownFileTypes = false });
        _app.Run(NotFound);
    }

    /// <summary>The current version; with <c>?since=N</c> and N current, once the next rebuild finishes (or after a while).</summary>
    private async Task WriteVersion(HttpContext context)
    {
        var signal = Volatile.Read(ref _rebuilt).Task;
        if (context.Request.Query["since"] == Version.ToString(CultureInfo.InvariantCulture))
        {
            // Stopping the server releases waiting pages, or it would wait for them to time out.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
            await Task.WhenAny(signal, Task.Delay(LongestWait, stop.Token));
        }

        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(Version.ToString(CultureInfo.InvariantCulture));
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Task NotFound(HttpContext context) =>
        TryServeHtml(context, "/404.html", StatusCodes.Status404NotFound, c =>
        {
            c.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });

    /// <summary>Serves an HTML page as UTF-8, with the reload script when live reload is on.</summary>
    private async Task TryServeHtml(HttpContext context, string path, int status, RequestDelegate next)
    {
        var file = path.EndsWith(".html", StringComparison.Ordinal) ? SiteFile(path) : null;
        if (file is null || !File.Exists(file))
        {
            await next(context);
            return;
        }

        var html = await File.ReadAllTextAsync(file);
        if (_liveReload)
        {
            var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = end < 0 ? html + ReloadScript() : html.Insert(end, ReloadScript());
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html, Encoding.UTF8);
    }

    private string? SiteFile(string requestPath)
    {
        var full = Path.GetFullPath(Path.Combine(_folder, Uri.UnescapeDataString(requestPath).TrimStart('/')));
        return PathBoundary.IsInside(full, _folder) ? full : null;
    }

    private string ReloadScript() =>
        $"<script src=\"{_pathBase}{ReloadScriptPath}\" data-version=\"{Version}\" data-version-url=\"{_pathBase}{VersionPath}\"></script>\n";

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        // Citation downloads beside each briefing.
        types.Mappings[".bib"] = "application/x-bibtex; charset=utf-8";
        types.Mappings[".ris"] = "application/x-research-info-systems; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        return types;
    }
}
