using System.Diagnostics;
using System.Net;
using BriefingSite.Cli.Serve;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Cli;

/// <summary>Given <c>briefing serve</c> on a free port, pages are served, and an edited input file shows up in the served page.</summary>
public sealed class ServeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Editing_an_input_file_rebuilds_and_the_served_page_changes()
    {
        using var site = TempSite.CopyOfRepository();
        await using var session = await PreviewSession.StartAsync(new ServeOptions(site.Paths, Port: 0, Import: false), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(session.Server.Url) };

        var before = await http.GetStringAsync("en/about.html");
        Assert.Contains("<h1>About this site</h1>", before, StringComparison.Ordinal);
        Assert.Contains(PreviewServer.VersionPath, before, StringComparison.Ordinal);
        var version = await http.GetStringAsync(PreviewServer.VersionPath.TrimStart('/'));

        site.Write("input/en/about.md", site.Read("input/en/about.md").Replace("title: About this site", "title: About the briefings", StringComparison.Ordinal));

        var after = await Eventually(() => http.GetStringAsync("en/about.html"), html => html.Contains("<h1>About the briefings</h1>", StringComparison.Ordinal));
        Assert.Contains("<h1>About the briefings</h1>", after, StringComparison.Ordinal);
        // Open pages poll the version and reload when it changes.
        Assert.NotEqual(version, await Eventually(() => http.GetStringAsync(PreviewServer.VersionPath.TrimStart('/')), v => v != version));
        Assert.DoesNotContain(PreviewServer.VersionPath, File.ReadAllText(Path.Combine(site.Output, "en", "about.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_briefing_is_updated_in_place_a_waiting_page_hears_at_once_and_search_follows()
    {
        using var site = TempSite.CopyOfRepository();
        var log = new SynchronisedLog();
        await using var session = await PreviewSession.StartAsync(new ServeOptions(site.Paths, Port: 0, Import: false), log.Writer);
        using var http = new HttpClient { BaseAddress = new Uri(session.Server.Url), Timeout = Patience };
        var briefing = "input/en/briefings/the-new-landscape-of-iranian-politics.md";
        var version = await http.GetStringAsync(PreviewServer.VersionPath.TrimStart('/'));
        var waiting = http.GetStringAsync(PreviewServer.VersionPath.TrimStart('/') + "?since=" + version);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "a page asking for the next version waits for a rebuild");

        site.Write(briefing, site.Read(briefing) + "\nA closing word on Zanzibarite trade.\n");

        Assert.NotEqual(version, await waiting);
        Assert.Contains("Zanzibarite", await http.GetStringAsync("en/briefings/the-new-landscape-of-iranian-politics.html"), StringComparison.Ordinal);
        Assert.Contains("Updated ", await Eventually(() => Task.FromResult(log.Text()), text => text.Contains("Updated ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("Built", log.Text().Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
        var searchable = await Eventually(
            () => Task.FromResult(Directory.EnumerateFiles(Path.Combine(site.Output, "assets"), "*.js", SearchOption.AllDirectories).Any(f => File.ReadAllText(f).Contains("zanzibarite", StringComparison.Ordinal)).ToString()),
            found => found == bool.TrueString);
        Assert.Equal(bool.TrueString, searchable);
    }

    [Fact]
    public async Task A_file_saved_while_the_first_build_runs_is_served_after_it()
    {
        using var site = TempSite.CopyOfRepository();
        var saveDuringRender = new OnStepStarted("render", () =>
            site.Write("input/en/about.md", site.Read("input/en/about.md").Replace("title: About this site", "title: Saved mid-build", StringComparison.Ordinal)));
        await using var session = await PreviewSession.StartAsync(new ServeOptions(site.Paths, Port: 0, Import: false), TextWriter.Null, saveDuringRender);
        using var http = new HttpClient { BaseAddress = new Uri(session.Server.Url) };

        Assert.True(saveDuringRender.Fired);
        var page = await Eventually(() => http.GetStringAsync("en/about.html"), html => html.Contains("<h1>Saved mid-build</h1>", StringComparison.Ordinal));
        Assert.Contains("<h1>Saved mid-build</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_at_start_writes_input_once_and_is_not_followed_by_a_second_build()
    {
        using var site = TempSite.CopyOfRepository();
        // The import makes every briefing anew during the first build, while the watcher already runs.
        Directory.Delete(Path.Combine(site.Root, "input", "en", "briefings"), recursive: true);
        Directory.Delete(Path.Combine(site.Root, "input", "ar", "briefings"), recursive: true);
        var log = new SynchronisedLog();
        await using var session = await PreviewSession.StartAsync(new ServeOptions(site.Paths, Port: 0, Import: true), log.Writer);
        using var http = new HttpClient { BaseAddress = new Uri(session.Server.Url) };
        var briefing = Directory.GetFiles(Path.Combine(site.Root, "input", "en", "briefings"), "*.md").Single();
        await Task.Delay(1000);
        Assert.Single(log.Text().Split('\n'), line => line.StartsWith("Built ", StringComparison.Ordinal));
        Assert.DoesNotContain("Updated ", log.Text(), StringComparison.Ordinal);

        // The watcher saw input/ throughout: an edit to an imported briefing is an update, not a build.
        File.AppendAllText(briefing, "\nA closing word on Zanzibarite trade.\n");
        var updated = await Eventually(() => Task.FromResult(log.Text()), text => text.Contains("Updated ", StringComparison.Ordinal));
        Assert.Contains("Updated ", updated, StringComparison.Ordinal);
        Assert.Single(log.Text().Split('\n'), line => line.StartsWith("Built ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rapid_saves_renames_and_deletes_leave_the_server_serving_the_final_state()
    {
        using var site = TempSite.CopyOfRepository();
        await using var session = await PreviewSession.StartAsync(new ServeOptions(site.Paths, Port: 0, Import: false), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = new Uri(session.Server.Url) };
        var about = site.Read("input/en/about.md");
        var briefing = "input/en/briefings/the-new-landscape-of-iranian-politics.md";
        var briefingText = site.Read(briefing);

        for (var i = 0; i < 30; i++)
        {
            site.Write("input/en/about.md", about.Replace("title: About this site", $"title: Draft {i}", StringComparison.Ordinal));
        }

        File.Move(Path.Combine(site.Root, "input/en/about.md"), Path.Combine(site.Root, "input/en/about-renamed.md"));
        File.Delete(Path.Combine(site.Root, briefing));
        site.Write("input/en/half-saved.md", "---\ntitle: [unclosed\n");
        File.Move(Path.Combine(site.Root, "input/en/about-renamed.md"), Path.Combine(site.Root, "input/en/about.md"));
        site.Write(briefing, briefingText);
        File.Delete(Path.Combine(site.Root, "input/en/half-saved.md"));

        var final = await Eventually(() => http.GetStringAsync("en/about.html"), html => html.Contains("<h1>Draft 29</h1>", StringComparison.Ordinal));
        Assert.Contains("<h1>Draft 29</h1>", final, StringComparison.Ordinal);
        Assert.Contains("The New Landscape of Iranian Politics", await http.GetStringAsync("en/briefings/the-new-landscape-of-iranian-politics.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_a_path_base_pages_are_utf8_html_missing_ones_get_404_html_and_nothing_exists_outside()
    {
        using var site = TempSite.CopyOfRepository();
        await using var session = await PreviewSession.StartAsync(new ServeOptions(site.Paths, Port: 0, PathBase: "/briefings", Import: false), TextWriter.Null);
        using var http = new HttpClient();
        var url = session.Server.Url;
        Assert.EndsWith("/briefings/", url, StringComparison.Ordinal);

        using var home = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType?.ToString());

        using var missing = await http.GetAsync(url + "no/such/page.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // 404.html carries an absolute base (the served address), so its links work at any depth.
        Assert.Contains($"<base href=\"{url}\">", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var outside = await http.GetAsync(new Uri(new Uri(url), "/index.html"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    private static async Task<string> Eventually(Func<Task<string>> fetch, Func<string, bool> done)
    {
        var watch = Stopwatch.StartNew();
        var last = "";
        while (watch.Elapsed < Patience)
        {
            last = await fetch();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(200);
        }

        return last;
    }

    /// <summary>Runs an action when the build starts the named step: a save timed to fall inside a build.</summary>
    private sealed class OnStepStarted(string step, Action action) : BriefingSite.Pipeline.IBuildProgress
    {
        public bool Fired { get; private set; }

        public void StepStarted(string stepName)
        {
            if (stepName == step && !Fired)
            {
                Fired = true;
                action();
            }
        }

        public void Advanced(string stepName, int done, int total)
        {
        }

        public void StepFinished(string stepName, TimeSpan elapsed)
        {
        }
    }
}
