using System.Collections.Concurrent;
using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;
using BriefingSite.Import;
using BriefingSite.Publishing;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// What flows between build steps. Each step reads what earlier steps produced and adds
/// its own product; the typed slots replace Statiq's string-keyed metadata.
/// </summary>
public sealed class BuildContext(BuildOptions options, IBuildProgress progress)
{
    public BuildOptions Options { get; } = options;

    public SitePaths Paths => Options.Paths;

    public IBuildProgress Progress { get; } = progress;

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>
    /// Set for an update of a served site after edits to input pages: what the last build left.
    /// The update runs the same steps; when the edits keep the site's shape (<see cref="EditedSources"/>)
    /// they make only the outputs that show an edited page and replace those in place.
    /// </summary>
    public PreviousBuild? Previous { get; init; }

    /// <summary>
    /// With <see cref="Previous"/>: the input files edited in place, when that is known to be all that
    /// changed (serve's watcher); only they are read. Null looks at every input file (unchanged ones
    /// come from the page cache).
    /// </summary>
    public IReadOnlyCollection<string>? EditedFiles { get; init; }

    /// <summary>
    /// The routes this build makes, set by the load step: null for every route (a build, or an update
    /// whose edits change the site's shape, see <see cref="SiteEdits"/>); else the source files of the
    /// edited pages, and only the outputs that show them are made (see <see cref="PreviousBuild.RoutesShowing"/>).
    /// </summary>
    public IReadOnlySet<string>? EditedSources { get; set; }

    public SiteConfig? Config { get; set; }

    public IReadOnlyList<ImportOutcome> Imported { get; set; } = [];

    public Site? Site { get; set; }

    public RouteTable? Routes { get; set; }

    /// <summary>The theme's interface strings, loaded by the render step.</summary>
    public UiStrings? Strings { get; set; }

    /// <summary>The theme's compiled templates, loaded by the render step.</summary>
    public Theme? Theme { get; set; }

    /// <summary>
    /// With <see cref="BuildOptions.TrackShownPages"/>: for each output page this build made, the
    /// source files of the pages it shows (see <see cref="ShownPages"/>).
    /// </summary>
    public ConcurrentDictionary<string, string[]> Shown { get; } = new(StringComparer.Ordinal);

    /// <summary>The files made so far, staged (or, for an update, held) until the write step puts them in place (opened by the render step).</summary>
    public IBuildOutput? Output { get; set; }

    /// <summary>Slow-to-make files (cards, PDFs) reusable from the previous output (opened by the render step).</summary>
    public ArtifactCache? Artifacts { get; set; }

    /// <summary>Set before rendering when this build prints PDFs, so pages link them (see <see cref="PdfPlanStep"/>).</summary>
    public Publishing.Pdf.PdfPlan? Pdf { get; set; }

    /// <summary>One-line notices for the build's summary (what was printed, what was skipped and why): not warnings, so never fail <c>--strict</c>.</summary>
    public ConcurrentQueue<string> Notes { get; } = new();

    /// <summary>Content key of this build's inputs (see <see cref="BuildStamp"/>).</summary>
    public string? StampKey { get; set; }

    /// <summary>Set when the previous output is already what this build would write; later steps are skipped.</summary>
    public BuildStamp? UpToDate { get; set; }

    public SiteConfig RequireConfig() => Config ?? throw new InvalidOperationException("configuration not loaded yet");

    public UiStrings RequireStrings() => Strings ?? throw new InvalidOperationException("interface strings not loaded yet");

    public IBuildOutput RequireOutput() => Output ?? throw new InvalidOperationException("output not staged yet");

    public Site RequireSite() => Site ?? throw new InvalidOperationException("site not loaded yet");
}
