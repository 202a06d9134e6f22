using System.Collections.Concurrent;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>
/// Some files of a served site made again (serve's update after an edit): held in memory, checked
/// against the files and anchors the served site already has, then each one that differs from the
/// served copy replaces it (see <see cref="OutputTarget.Replace"/>). A failed check writes nothing.
/// The served site's file list and anchors are the caller's, updated by <see cref="Commit"/> rather
/// than copied, so an update's cost follows the files it makes, not the size of the site.
/// </summary>
public sealed class InPlaceOutput : IBuildOutput
{
    private readonly string _folder;
    private readonly HashSet<string> _paths;
    private readonly Dictionary<string, IReadOnlySet<string>> _ids;
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private IReadOnlyList<PageLinks>? _checked;

    /// <param name="folder">The served output folder.</param>
    /// <param name="paths">Every file it holds; the commit adds the new ones.</param>
    /// <param name="ids">The anchor ids of every page it holds; the commit records those of the pages it writes.</param>
    public InPlaceOutput(string folder, HashSet<string> paths, Dictionary<string, IReadOnlySet<string>> ids)
    {
        _folder = folder;
        _paths = paths;
        _ids = ids;
    }

    public int Count => _files.Count;

    public IEnumerable<string> Paths => _paths.Union(_files.Keys, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlySet<string>> PageIds => _ids;

    /// <summary>After <see cref="Commit"/>: the files whose content differed from the served copy, in path order.</summary>
    public IReadOnlyList<string> Written { get; private set; } = [];

    public void Add(OutputFile file)
    {
        OutputTarget.Resolve(_folder, file.Path);
        if (!_files.TryAdd(file.Path, file))
        {
            throw new SiteException(file.Path, "two outputs of this build have the same path");
        }
    }

    public IReadOnlyList<Diagnostic> Validate()
    {
        var files = _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var pages = files.Where(f => f.IsHtml && f.Text is not null).Select(f => LinkExtractor.Extract(f.Path, f.Text!)).ToList();
        _checked = pages;
        // An update that keeps the site's shape makes no new file: the served list is the whole list.
        IReadOnlySet<string> paths = _files.Keys.All(_paths.Contains) ? _paths : Paths.ToHashSet(StringComparer.Ordinal);
        var ids = new OverlaidIdDictionary(_ids, pages.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal));
        return [.. LinkValidator.Validate(pages, paths, ids), .. XmlValidator.Validate(files)];
    }

    public Diagnostic? Commit()
    {
        var pages = _checked ?? throw new InvalidOperationException("validate before committing");
        var written = new ConcurrentBag<string>();
        Parallel.ForEach(_files.Values, file =>
        {
            var target = OutputTarget.Resolve(_folder, file.Path);
            if (file.Text is not null && File.Exists(target) && File.ReadAllText(target) == file.Text)
            {
                return;
            }

            OutputTarget.Replace(_folder, file);
            written.Add(file.Path);
        });
        _paths.UnionWith(_files.Keys);
        foreach (var page in pages)
        {
            _ids[page.Path] = page.Ids;
        }

        Written = [.. written.Order(StringComparer.Ordinal)];
        return null;
    }

    /// <summary>Nothing to clean up: the served folder is only touched by <see cref="Commit"/>.</summary>
    public void Dispose()
    {
    }
}
