using System.Collections.Concurrent;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>
/// The files of one build, written to a staging folder beside <c>output/</c> as they are
/// produced. Only what the checks need is kept: each page's links and ids, and the XML files.
/// So memory does not grow with the site's HTML, and the previous <c>output/</c> stays untouched
/// until <see cref="Commit"/> swaps the staging folder in. Disposing an uncommitted stage deletes it.
/// Safe to add to from many threads.
/// </summary>
public sealed class StagedOutput : IBuildOutput
{
    private readonly AtomicOutputWriter _writer;
    // Every file adds its path (under a lock per stripe): many stripes keep the workers from waiting on each other.
    private readonly ConcurrentDictionary<string, byte> _paths = new(concurrencyLevel: 64, capacity: 4096, StringComparer.Ordinal);
    private readonly ConcurrentBag<PageLinks> _pages = [];
    private readonly ConcurrentBag<OutputFile> _xml = [];
    private readonly SharedStrings _strings = new();

    // Folders of the staging folder already made: thousands of pages share a few folders.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagedOutput(AtomicOutputWriter writer, string folder)
    {
        _writer = writer;
        Folder = folder;
    }

    /// <summary>The staging folder being written.</summary>
    public string Folder { get; }

    public int Count => _paths.Count;

    public IEnumerable<string> Paths => _paths.Keys;

    public IReadOnlyDictionary<string, IReadOnlySet<string>> PageIds => _pages.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);

    /// <summary>Links and ids of every page added so far.</summary>
    public IReadOnlyCollection<PageLinks> Pages => _pages;

    /// <summary>Opens a fresh staging folder for <paramref name="writer"/>'s output folder.</summary>
    public static StagedOutput Open(AtomicOutputWriter writer) => new(writer, writer.CreateStaging());

    /// <summary>Writes one file into the staging folder and keeps what the checks need from it.</summary>
    public void Add(OutputFile file)
    {
        var target = OutputTarget.Resolve(Folder, file.Path);
        if (!_paths.TryAdd(file.Path, 0))
        {
            throw new SiteException(file.Path, "two outputs of this build have the same path");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            // Noted only once made, so no other thread writes into a folder that is not there yet.
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        OutputTarget.WriteTo(target, file);
        if (file.Text is null)
        {
            return;
        }

        if (file.IsHtml)
        {
            _pages.Add(Compact(LinkExtractor.Extract(file.Path, file.Text, _strings)));
        }
        else if (file.Path.EndsWith(".xml", StringComparison.Ordinal))
        {
            _xml.Add(file);
        }
    }

    /// <summary>
    /// Most links repeat on every page (navigation, stylesheet, cards): one copy of each value,
    /// each link once per page and no external address (which the check does not look into) keep a
    /// large site's summaries small.
    /// </summary>
    private PageLinks Compact(PageLinks page)
    {
        var seen = new HashSet<PageLink>(page.Links.Count);
        var links = new List<PageLink>(page.Links.Count);
        for (var i = 0; i < page.Links.Count; i++)
        {
            var link = page.Links[i];
            if (UrlPolicy.Classify(link.Value, image: link.IsImage) == UrlKind.External)
            {
                continue; // the check passes external addresses as they are; keeping them would hold every page's share links
            }

            var shared = new PageLink(Shared(link.Element), Shared(link.Attribute), Shared(link.Value));
            if (seen.Add(shared))
            {
                links.Add(shared);
            }
        }

        return page with { Links = links.ToArray() };
    }

    private string Shared(string value) => _strings.Get(value);

    /// <summary>Every unresolved internal link or anchor and every malformed XML file, with site-relative paths.</summary>
    public IReadOnlyList<Diagnostic> Validate() =>
        [.. LinkValidator.Validate([.. _pages], _paths.Keys), .. XmlValidator.Validate([.. _xml])];

    /// <summary>Replaces the output folder with the staging folder; a warning when the previous site stayed behind.</summary>
    public Diagnostic? Commit()
    {
        var warning = _writer.Swap(Folder);
        _committed = true;
        return warning;
    }

    public void Dispose()
    {
        _strings.Dispose();
        if (!_committed)
        {
            _writer.DeleteIfOwned(Folder);
        }
    }
}
