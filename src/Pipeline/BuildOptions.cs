using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Publishing;

namespace BriefingSite.Pipeline;

/// <summary>What the user asked for on the command line.</summary>
/// <param name="BaseUrl">Overrides <c>base_url</c> from site.yml (the GitHub workflow passes the Pages URL).</param>
/// <param name="Clean">Remove the old output and leftovers of interrupted builds before building.</param>
/// <param name="Strict">Treat warnings as errors.</param>
/// <param name="Import">Convert seeds into input/ before loading it.</param>
/// <param name="ForceImport">Regenerate input files even where they were edited by hand.</param>
/// <param name="Cache">Pages kept from earlier builds of this process (serve); null reads every file.</param>
/// <param name="TrackShownPages">Record which pages each output shows, for the updates of <see cref="PreviousBuild"/> (serve).</param>
/// <param name="Pdfs">Print each briefing's PDF where <c>site.yml</c> allows and Chromium is found (the build command; serve and most tests leave it off).</param>
/// <param name="Batch">
/// The build is a batch job (the build command): once the site is loaded, the collector works in
/// blocking collections instead of beside the build, which keeps the heap compact (see README,
/// Performance). Serve, which answers requests meanwhile, leaves it off.
/// </param>
public sealed record BuildOptions(
    SitePaths Paths,
    string? BaseUrl = null,
    bool Clean = false,
    bool Strict = false,
    bool Import = true,
    bool ForceImport = false,
    PageCache? Cache = null,
    bool TrackShownPages = false,
    bool Pdfs = false,
    bool Batch = false)
{
    /// <summary>The folder operations of the output swap; tests pass one with a step that fails.</summary>
    internal FolderMoves Moves { get; init; } = FolderMoves.Default;
}
