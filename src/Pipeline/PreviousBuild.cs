using BriefingSite.Content;
using BriefingSite.Publishing;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// What an update of a served site starts from: the last build's (or update's) site and routes, the
/// pages each output shows, the files and anchors the output holds, and the theme it was made with.
/// An update is for edits to input pages: site.yml and the theme must be as they were. An update in
/// place carries the last build's indexes forward, changing only what it remade, so its cost follows
/// the edit rather than the site: once it succeeds, the state it started from is spent.
/// </summary>
public sealed class PreviousBuild
{
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, IReadOnlySet<string>> _ids;

    private PreviousBuild(Site site, RouteTable routes, ShownIndex shown, HashSet<string> files, Dictionary<string, IReadOnlySet<string>> ids, Theme theme, UiStrings strings)
    {
        (Site, Routes, Shown, _files, _ids, Theme, Strings) = (site, routes, shown, files, ids, theme, strings);
    }

    public Site Site { get; }

    public RouteTable Routes { get; }

    /// <summary>For each output page, the source files of the pages it shows, and the reverse.</summary>
    public ShownIndex Shown { get; }

    /// <summary>Every file the output folder holds, site-relative.</summary>
    public IReadOnlySet<string> Files => _files;

    /// <summary>The anchor ids of every page the output folder holds.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Ids => _ids;

    public Theme Theme { get; }

    public UiStrings Strings { get; }

    /// <summary>
    /// The state a successful build left, for the next update; null when it rendered nothing (up to date).
    /// The build must run with a page cache and <see cref="BuildOptions.TrackShownPages"/>.
    /// </summary>
    public static PreviousBuild? Of(BuildContext built)
    {
        if (built.Options.Cache is null || !built.Options.TrackShownPages)
        {
            throw new ArgumentException("the build must run with a page cache and TrackShownPages", nameof(built));
        }

        if (built.Output is not { } output || built.Theme is null || built.Routes is null)
        {
            return null;
        }

        if (output is InPlaceOutput && built.Previous is { } previous)
        {
            // The commit brought the files and anchors up to date (see UpdateInPlace); the remade outputs say what they show now.
            previous.Shown.Record(built.Shown);
            return new PreviousBuild(built.RequireSite(), built.Routes, previous.Shown, previous._files, previous._ids, built.Theme, built.RequireStrings());
        }

        return new PreviousBuild(
            built.RequireSite(),
            built.Routes,
            new ShownIndex(built.Shown),
            output.Paths.ToHashSet(StringComparer.Ordinal),
            new Dictionary<string, IReadOnlySet<string>>(output.PageIds, StringComparer.Ordinal),
            built.Theme,
            built.RequireStrings());
    }

    /// <summary>
    /// Where an update's outputs go: the served folder, replaced in place. Its commit brings this
    /// state's files and anchors up to date; a failed check leaves them as they were.
    /// </summary>
    public InPlaceOutput UpdateInPlace(string folder) => new(folder, _files, _ids);

    /// <summary>The routes whose output shows one of <paramref name="edited"/> (source paths), in path order.</summary>
    public IReadOnlyList<Route> RoutesShowing(RouteTable routes, IReadOnlySet<string> edited) =>
        [.. Shown.Showing(edited).Select(routes.Find).OfType<Route>()];
}
