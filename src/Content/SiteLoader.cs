using System.Globalization;
using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>
/// Loads every Markdown file under <c>input/</c> into one <see cref="Site"/>, checking each page
/// and the relations between them. Reports every problem it finds, not just the first.
/// </summary>
public static class SiteLoader
{
    /// <param name="cache">Pages of earlier loads to reuse when their files are unchanged (serve); null reads every file.</param>
    public static Site Load(SitePaths paths, SiteConfig config, DiagnosticBag diagnostics, PageCache? cache = null)
    {
        if (!Directory.Exists(paths.Input))
        {
            throw new SiteException(paths.Display(paths.Input), "input folder not found; run 'briefing import' or create it");
        }

        // Files are read and parsed in parallel, each with its own diagnostics, then merged in file order.
        var files = InputFiles(paths.Input).ToArray();
        var loaded = new (Page? Page, IReadOnlyList<Diagnostic> Diagnostics)[files.Length];
        Parallel.For(0, files.Length, i => loaded[i] = LoadFile(files[i], paths, config, cache));

        cache?.KeepOnly(files);
        var pages = new List<Page>(files.Length);
        foreach (var (page, reported) in loaded)
        {
            foreach (var diagnostic in reported)
            {
                diagnostics.Add(diagnostic);
            }

            if (page is not null && !page.Meta.Draft)
            {
                pages.Add(page);
            }
        }

        CheckUnique(pages, diagnostics);
        return new Site(config, [.. pages.OrderBy(p => p.OutputPath, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The site with some of its files read again: for serve, when the only changes seen were
    /// edits to existing files. Null when one of them is not a page of the site (a new file), which
    /// needs a full <see cref="Load"/>. Pages keep their places, so the list stays in path order
    /// unless an edit moved a page, which the caller checks. When every edited page keeps its place
    /// (<see cref="PagePlace"/>) the site's lists are copied with it swapped in rather than made again.
    /// </summary>
    public static Site? Reload(Site site, IReadOnlyCollection<string> files, SitePaths paths, DiagnosticBag diagnostics, PageCache? cache = null)
    {
        var edited = new Dictionary<Page, Page>(ReferenceEqualityComparer.Instance);
        foreach (var path in files)
        {
            // A scan, not an index of every page: an edit reads one or two files.
            var display = paths.Display(path);
            var old = site.Pages.FirstOrDefault(p => string.Equals(p.SourcePath, display, StringComparison.Ordinal));
            if (old is null)
            {
                return null;
            }

            var (page, reported) = LoadFile(path, paths, site.Config, cache);
            foreach (var diagnostic in reported)
            {
                diagnostics.Add(diagnostic);
            }

            if (page is null || page.Meta.Draft)
            {
                return page is null ? site : null;
            }

            if (!ReferenceEquals(page, old))
            {
                edited[old] = page;
            }
        }

        if (edited.All(e => PagePlace.Same(e.Key, e.Value)))
        {
            return site.Replacing(edited);
        }

        return new Site(site.Config, [.. site.Pages.Select(p => edited.GetValueOrDefault(p) ?? p)]);
    }

    /// <summary>One input file as a page (null when it has errors) with what loading it reported; from the cache when unchanged.</summary>
    private static (Page? Page, IReadOnlyList<Diagnostic> Diagnostics) LoadFile(string path, SitePaths paths, SiteConfig config, PageCache? cache)
    {
        // Stamped before reading: a save during the read leaves a stale stamp, so the next load reads again.
        var stamp = FileStamp.Of(path);
        if (cache is not null && cache.TryGet(path, stamp, out var known, out var reported))
        {
            return (known, reported);
        }

        var local = new DiagnosticBag();
        var file = paths.Display(path);
        try
        {
            var page = LoadPage(path, file, paths, config, local);
            cache?.Put(path, stamp, page, local.Sorted());
            return (page, local.Sorted());
        }
        catch (SiteException ex)
        {
            local.Add(ex.Diagnostic);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            local.Error(file, $"cannot read the file: {ex.Message}");
        }

        return (null, local.Sorted());
    }

    /// <summary>Markdown files under <paramref name="root"/>, skipping hidden and underscore-prefixed ones, in a stable order.</summary>
    public static IEnumerable<string> InputFiles(string root) =>
        Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.') || part.StartsWith('_')))
            .Order(StringComparer.Ordinal);

    private static Page? LoadPage(string path, string file, SitePaths paths, SiteConfig config, DiagnosticBag diagnostics)
    {
        InputBoundary.Check(path, paths, file);
        var parsed = MarkdownFile.Parse(Utf8File.Read(path, file), file);
        var meta = FrontMatterCleaner.Clean(parsed.Meta, parsed, file, diagnostics);
        var errors = diagnostics.ErrorCount;
        NestingGuard.Check(parsed.Body, file, parsed.BodyStartLine);
        var body = parsed.Body;
        if (BidiControls.Contains(body))
        {
            body = BidiControls.Strip(body);
            diagnostics.Warning(file, "removed bidi control characters from the text: they can reorder what readers see", parsed.BodyStartLine);
        }

        PublishedTextLinter.Check(file, body, parsed.BodyStartLine, diagnostics);

        if (string.IsNullOrWhiteSpace(meta.Title))
        {
            diagnostics.Error(file, "missing 'title' in front-matter", 1);
        }

        var language = config.Languages.FirstOrDefault(l => l.Code == meta.Lang);
        if (language is null)
        {
            var known = string.Join(", ", config.Languages.Select(l => l.Code));
            diagnostics.Error(file, $"unknown language '{meta.Lang}' in 'lang'; configured languages: {known}", parsed.LineOf("lang"));
        }

        var kind = meta.Kind switch
        {
            "briefing" => PageKind.Briefing,
            "page" => PageKind.Page,
            _ => (PageKind?)null,
        };
        if (kind is null)
        {
            diagnostics.Error(file, $"unknown kind '{meta.Kind}'; use 'briefing' or 'page'", parsed.LineOf("kind"));
        }

        var slug = meta.Slug ?? Path.GetFileNameWithoutExtension(path);
        if (!SlugRule.IsValidPageSlug(slug))
        {
            diagnostics.Error(file, $"slug '{slug}' must be lowercase letters, digits and single hyphens (it becomes a file name)", parsed.LineOf("slug"));
        }

        if (ReservedSlugs.Contains(slug))
        {
            diagnostics.Error(file, $"slug '{slug}' is reserved (it would replace a generated page or is not a portable file name); choose another", parsed.LineOf("slug"));
        }

        Translations.TranslationRecordRule.Check(meta, parsed, file, config, diagnostics);
        var date = ParseDate(meta.Date, file, parsed.LineOf("date"), diagnostics);
        var images = PageImageFinder.Find(body, parsed.BodyStartLine, path, paths, file, diagnostics);
        foreach (var topic in meta.Topics.Where(t => config.Topic(t) is null))
        {
            diagnostics.Error(file, $"unknown topic '{topic}'; add it to site.yml under 'topics' or fix the name", parsed.LineOf("topics"));
        }

        if (diagnostics.ErrorCount > errors || kind is null || language is null)
        {
            return null;
        }

        return new Page(file, language, slug, kind.Value, meta, PageBody.OfFile(path, file, body), parsed.BodyStartLine, date) { Images = images, Words = WordCounter.Count(body) };
    }

    private static DateOnly? ParseDate(string? value, string file, int line, DiagnosticBag diagnostics)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(file, $"invalid date '{value}': write it as yyyy-MM-dd (for example 2004-02-20), or use 'year' alone", line);
        return null;
    }

    private static void CheckUnique(List<Page> pages, DiagnosticBag diagnostics)
    {
        foreach (var clash in pages.GroupBy(p => p.OutputPath).Where(g => g.Count() > 1))
        {
            var files = clash.Select(p => p.SourcePath).ToList();
            diagnostics.Error(files[1], $"two pages would be written to {clash.Key}: {string.Join(" and ", files)}; give one a different slug");
        }

        var keyed = pages.Where(p => p.Meta.TranslationKey is not null);
        foreach (var clash in keyed.GroupBy(p => (p.Meta.TranslationKey, p.Language.Code)).Where(g => g.Count() > 1))
        {
            var files = clash.Select(p => p.SourcePath).ToList();
            diagnostics.Error(files[1], $"translation_key '{clash.Key.TranslationKey}' is used twice in language '{clash.Key.Code}': {string.Join(" and ", files)}");
        }
    }

    /// <summary>Names of generated pages, and device names no Windows reader could save.</summary>
    private static readonly HashSet<string> ReservedSlugs = new(StringComparer.Ordinal)
    {
        "index", "404", "search", "feed", "sitemap", "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };
}
