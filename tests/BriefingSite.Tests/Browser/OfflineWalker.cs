using Microsoft.Playwright;

namespace BriefingSite.Tests.Browser;

/// <summary>
/// Walks a built site in Chromium from one start page through its links alone, as a reader
/// would. Every request outside <see cref="_site"/> is aborted and counted; a link that does
/// not open a page is a dead end.
/// </summary>
public sealed class OfflineWalker(IBrowser browser, string site)
{
    private readonly string _site = site;

    /// <summary>Site-relative paths of the pages reached.</summary>
    public SortedSet<string> Visited { get; } = new(StringComparer.Ordinal);

    /// <summary>Requests that tried to leave the site (network, another origin, or outside the sub-path).</summary>
    public List<string> OutsideRequests { get; } = [];

    /// <summary>Links that led nowhere: "page → target: why".</summary>
    public List<string> DeadEnds { get; } = [];

    /// <summary>A browser context that aborts and counts every request leaving the site.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.NewContextAsync();
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(_site, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (OutsideRequests)
                {
                    OutsideRequests.Add(url);
                }

                await route.AbortAsync();
            }
        });
        return context;
    }

    public async Task WalkAsync(string startPath)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        page.RequestFailed += (_, request) =>
        {
            if (request.Url.StartsWith(_site, StringComparison.Ordinal))
            {
                DeadEnds.Add($"{Relative(page.Url)} → {Relative(request.Url)}: {request.Failure}");
            }
        };

        var queue = new Queue<(string From, string Path)>([("(start)", startPath)]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { startPath };
        while (queue.Count > 0)
        {
            var (from, path) = queue.Dequeue();
            var links = await OpenAsync(page, from, path);
            foreach (var link in links.Where(seen.Add))
            {
                queue.Enqueue((path, link));
            }
        }

        await context.CloseAsync();
    }

    /// <summary>Opens one page and returns the site pages it links to; records a dead end when it does not open.</summary>
    private async Task<IReadOnlyList<string>> OpenAsync(IPage page, string from, string path)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            DeadEnds.Add($"{from} → {path}: a folder, not a page (a listing on file://)");
            return [];
        }

        try
        {
            var response = await page.GotoAsync(_site + path);
            if (response is not null && !response.Ok && !_site.StartsWith("file:", StringComparison.Ordinal))
            {
                DeadEnds.Add($"{from} → {path}: HTTP {response.Status}");
                return [];
            }
        }
        catch (PlaywrightException ex)
        {
            DeadEnds.Add($"{from} → {path}: {ex.Message.Split('\n')[0]}");
            return [];
        }

        if (await page.QuerySelectorAsync("main") is null)
        {
            DeadEnds.Add($"{from} → {path}: not a page of the site (no <main>)");
            return [];
        }

        Visited.Add(path);
        await CheckDownloadsAsync(page, path);
        // The header's search form leads to the search page as a link would.
        var hrefs = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('a[href]:not([download])')].map(a => a.href).concat([...document.querySelectorAll('form[action]')].map(f => f.action))");
        var links = hrefs
            .Where(h => h.StartsWith(_site, StringComparison.Ordinal))
            .Select(h => Relative(h.Split('#')[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (links.Count == 0)
        {
            DeadEnds.Add($"{path}: no link leads on from here");
        }

        return links;
    }

    /// <summary>A download (a citation file) is a file to save, not a page to walk: it only has to be there.</summary>
    private async Task CheckDownloadsAsync(IPage page, string path)
    {
        var downloads = await page.EvalOnSelectorAllAsync<string[]>("a[href][download]", "links => links.map(a => a.href)");
        foreach (var url in downloads.Where(h => h.StartsWith(_site, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            var there = _site.StartsWith("file:", StringComparison.Ordinal)
                ? File.Exists(new Uri(url).LocalPath)
                : (await page.APIRequest.GetAsync(url)).Ok;
            if (!there)
            {
                DeadEnds.Add($"{path} → {Relative(url)}: the download is missing");
            }
        }
    }

    private string Relative(string url) => url.StartsWith(_site, StringComparison.Ordinal) ? url[_site.Length..] : url;
}
