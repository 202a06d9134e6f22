using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingSite.Bench.ServeEdit;

// Usage: ServeEdit <briefing.dll> <site-folder> [edits]
// Times `briefing serve` from saving an edited briefing to the served page showing the edit.
// Starts the server, then edits one English briefing's body (appends a unique word) and, separately,
// its title, `edits` times each; each time runs from the write to the first fetch of the page
// (over HTTP, as a reloading browser would) that contains the new word, and the search index's
// background refresh is let finish before the next edit. Prints each edit, the medians, and the
// server's own lines about its updates. One client process, kept-alive connections: the time is the
// server's, not that of starting curl for every poll (which added ~0.1 s to each edit).
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ServeEdit <briefing.dll> <site-folder> [edits]");
    return 2;
}

var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var site = Path.GetFullPath(args[1]);
var file = Directory.GetFiles(Path.Combine(site, "input", "en", "briefings"), "*.md").Order(StringComparer.Ordinal).ElementAt(9);
var page = $"en/briefings/{Path.GetFileNameWithoutExtension(file)}.html";
var original = await File.ReadAllTextAsync(file);

await using var server = await Server.StartAsync(Path.GetFullPath(args[0]), site);
var times = new List<(string Kind, double Ms)>();
try
{
    foreach (var kind in new[] { "body", "title" })
    {
        for (var i = 1; i <= edits; i++)
        {
            var token = $"Zq{i}{kind}{Random.Shared.Next(100_000)}";
            var edited = kind == "body"
                ? $"{original}\n\nA closing note: {token}.\n"
                : TitleLine().Replace(original, $"title: \"Edited {token}\"", 1);
            var refreshes = server.Count("Search index");
            var version = await server.GetAsync("__briefing/version");
            var watch = Stopwatch.StartNew();
            await File.WriteAllTextAsync(file, edited);
            await server.GetAsync($"__briefing/version?since={version}");
            while (!(await server.GetAsync(page)).Contains(token, StringComparison.Ordinal))
            {
                await Task.Delay(2);
            }

            times.Add((kind, watch.Elapsed.TotalMilliseconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} {watch.Elapsed.TotalMilliseconds:0} ms"));
            // The search index follows in the background; let it finish so edits do not overlap.
            await server.WaitForAsync("Search index", refreshes + 1, TimeSpan.FromMinutes(2));
        }
    }
}
finally
{
    await File.WriteAllTextAsync(file, original);
}

foreach (var kind in new[] { "body", "title" })
{
    var sorted = times.Where(t => t.Kind == kind).Select(t => t.Ms).Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {kind} {sorted[(sorted.Count - 1) / 2]:0} ms"));
}

foreach (var line in server.Lines.Where(l => l.StartsWith("Updated", StringComparison.Ordinal) || l.StartsWith("Search", StringComparison.Ordinal)))
{
    Console.Error.WriteLine(line);
}

return 0;

internal static partial class Program
{
    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
