using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Publishing;
using BriefingSite.Publishing.Discovery;
using BriefingSite.Publishing.Search;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// Updates a served site after edits to input pages, re-rendering only the outputs that show an
/// edited page: its own page and side-by-side views, and the listings and related lists whose
/// cards show it (recorded by the last build, see <see cref="OutputFile.Shown"/>), and the feeds that carry it.
/// An edit that changes the site's shape (a page added or removed; a date, topic, language, slug
/// or translation key changed) reorders listings everywhere: that asks for a full build. Like a
/// build, an update that fails leaves the served files as they were.
/// </summary>
public sealed class IncrementalBuilder
{
    private readonly BuildOptions _options;
    private readonly Theme _theme;
    private readonly UiStrings _strings;
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, IReadOnlySet<string>> _ids;
    private readonly Dictionary<string, string[]> _shown;
    private Site _site;

    private IncrementalBuilder(BuildContext built)
    {
        _options = built.Options;
        _theme = built.Theme!;
        _strings = built.RequireStrings();
        _site = built.RequireSite();
        var output = built.RequireOutput();
        _files = output.Paths.ToHashSet(StringComparer.Ordinal);
        _ids = output.Pages.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);
        _shown = new Dictionary<string, string[]>(built.Shown, StringComparer.Ordinal);
    }

    /// <summary>Starts from a successful build run with a page cache and <see cref="BuildOptions.TrackShownPages"/>.</summary>
    public static IncrementalBuilder From(BuildContext built)
    {
        if (built.Options.Cache is null || !built.Options.TrackShownPages || built.Theme is null || built.Output is null)
        {
            throw new ArgumentException("the build must run with a page cache and TrackShownPages, and have rendered", nameof(built));
        }

        return new IncrementalBuilder(built);
    }

    /// <summary>The search index of the site as last updated (seconds at archive scale: serve makes it in the background).</summary>
    public IReadOnlyList<OutputFile> SearchIndex() => [.. SearchIndexStep.Files(_site, _strings)];

    /// <summary>
    /// Replaces the served search index: shards first and the index that names them last, so a
    /// search never looks for a shard that is not there yet; then removes shards no longer named.
    /// </summary>
    public void PublishSearchIndex(IReadOnlyList<OutputFile> files)
    {
        var output = _options.Paths.Output;
        foreach (var file in files.OrderBy(f => f.Path == SearchIndexWriter.IndexPath))
        {
            OutputTarget.Replace(output, file);
        }

        var current = files.Select(f => OutputTarget.Resolve(output, f.Path)).ToHashSet(StringComparer.Ordinal);
        var folder = OutputTarget.Resolve(output, SearchIndexWriter.Folder);
        foreach (var stale in Directory.EnumerateFiles(folder).Where(f => !current.Contains(f)))
        {
            File.Delete(stale);
        }
    }

    /// <param name="editedFiles">
    /// The input files edited in place, when that is known to be all that changed (serve's watcher):
    /// only they are read. Null looks at every input file (unchanged ones come from the page cache).
    /// </param>
    public IncrementalResult Update(IReadOnlyCollection<string>? editedFiles = null)
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var site = (editedFiles is { Count: > 0 } ? SiteLoader.Reload(_site, editedFiles, _options.Paths, diagnostics, _options.Cache) : null)
            ?? SiteLoader.Load(_options.Paths, _site.Config, diagnostics, _options.Cache);
        if (diagnostics.HasErrors)
        {
            return Result(IncrementalOutcome.Failed, diagnostics, [], watch);
        }

        var changed = EditedSources(_site, site);
        if (changed is null)
        {
            return Result(IncrementalOutcome.NeedsFullBuild, diagnostics, [], watch);
        }

        if (changed.Count == 0)
        {
            return Result(IncrementalOutcome.Unchanged, diagnostics, [], watch);
        }

        var routes = new RouteTable(site);
        var affected = routes.All
            .Where(r => _shown.TryGetValue(r.OutputPath, out var shown) ? shown.Any(changed.Contains) : r.Page is { } page && changed.Contains(page.SourcePath))
            .ToList();
        var renderer = new SiteRenderer(routes, _theme, _strings, new MarkdownRenderer());
        var rendered = new ConcurrentBag<(OutputFile File, string[] Shown)>();
        Parallel.ForEach(RenderStep.SharedTextGroups(affected), group =>
        {
            var parses = new RecentParses();
            foreach (var route in group)
            {
                if (RenderStep.RenderOne(renderer, route, diagnostics, parses) is { } result)
                {
                    rendered.Add((result, [.. result.Shown.Select(p => p.SourcePath)]));
                }
            }
        });

        // The site's shape is unchanged, so are the sitemap and robots.txt; the feeds only if they carry an edited page.
        var feeds = new AtomFeedWriter(routes, _strings);
        var feedFiles = site.Pages.Where(p => changed.Contains(p.SourcePath)).Any(feeds.Shows) ? feeds.WriteAll() : [];
        var citations = Rendering.Citations.CitationFiles.For(site.Pages.Where(p => changed.Contains(p.SourcePath)), site.Config.BaseUrl);
        var files = rendered.Select(r => r.File).Concat(feedFiles).Concat(citations).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var pages = files.Where(f => f.IsHtml).Select(f => LinkExtractor.Extract(f.Path, f.Text!)).ToList();
        var ids = new Dictionary<string, IReadOnlySet<string>>(_ids, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            ids[page.Path] = page.Ids;
        }

        foreach (var problem in LinkValidator.Validate(pages, _files, ids).Concat(XmlValidator.Validate(files)))
        {
            diagnostics.Add(problem with { File = "output/" + problem.File });
        }

        if (diagnostics.HasErrors)
        {
            return Result(IncrementalOutcome.Failed, diagnostics, [], watch);
        }

        var written = WriteChanged(files);

        // The stamp describes the last full build; after an update the next `briefing build` must render again.
        BuildStamp.Delete(_options.Paths.Output);
        _site = site;
        foreach (var page in pages)
        {
            _ids[page.Path] = page.Ids;
        }

        foreach (var (file, shown) in rendered)
        {
            _shown[file.Path] = shown;
        }

        return Result(written.Count > 0 ? IncrementalOutcome.Updated : IncrementalOutcome.Unchanged, diagnostics, written, watch);
    }

    /// <summary>
    /// Source files whose page changed, when none changed the site's shape; null when one did.
    /// Unchanged files come back from the page cache as the very same objects.
    /// </summary>
    private static HashSet<string>? EditedSources(Site before, Site after)
    {
        if (before.Pages.Count != after.Pages.Count)
        {
            return null;
        }

        var edited = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < after.Pages.Count; i++)
        {
            var (old, now) = (before.Pages[i], after.Pages[i]);
            if (ReferenceEquals(old, now))
            {
                continue;
            }

            if (!SameShape(old, now))
            {
                return null;
            }

            edited.Add(now.SourcePath);
        }

        return edited;
    }

    /// <summary>Everything that decides where a page is listed, in what order and next to what, and which files it brings along.</summary>
    private static bool SameShape(Page a, Page b) =>
        a.SourcePath == b.SourcePath
        && a.OutputPath == b.OutputPath
        && a.Kind == b.Kind
        && a.SortDate == b.SortDate
        && a.Meta.TranslationKey == b.Meta.TranslationKey
        && a.Meta.Topics.SequenceEqual(b.Meta.Topics, StringComparer.Ordinal)
        // A page's images are copied by the full build only.
        && a.Images.SequenceEqual(b.Images);

    /// <summary>Writes the files whose content differs from what is served; returns their paths.</summary>
    private List<string> WriteChanged(List<OutputFile> files)
    {
        var output = _options.Paths.Output;
        var written = new ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            var target = OutputTarget.Resolve(output, file.Path);
            if (File.Exists(target) && File.ReadAllText(target) == file.Text)
            {
                return;
            }

            OutputTarget.Replace(output, file);
            written.Add(file.Path);
        });
        return [.. written.Order(StringComparer.Ordinal)];
    }

    private static IncrementalResult Result(IncrementalOutcome outcome, DiagnosticBag diagnostics, IReadOnlyList<string> written, Stopwatch watch) =>
        new(outcome, diagnostics.Sorted(), written, watch.Elapsed);
}

/// <summary>What an incremental update did.</summary>
public enum IncrementalOutcome
{
    /// <summary>No input page changed, or none in a way that changes an output.</summary>
    Unchanged,

    /// <summary>The outputs showing the edited pages were rendered again and written.</summary>
    Updated,

    /// <summary>The edits have errors; nothing was written.</summary>
    Failed,

    /// <summary>The edits change the site's shape; run a full build.</summary>
    NeedsFullBuild,
}

/// <param name="Written">Site-relative paths of the files rewritten, in order.</param>
public sealed record IncrementalResult(IncrementalOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, TimeSpan Elapsed)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
}
