using BriefingSite.Content;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// What an update of a served site starts from: the last build's (or update's) site, the pages
/// each output shows, the files and anchors the output holds, and the theme it was made with.
/// An update is for edits to input pages: site.yml and the theme must be as they were.
/// </summary>
public sealed record PreviousBuild(
    Site Site,
    IReadOnlyDictionary<string, string[]> Shown,
    IReadOnlyCollection<string> Files,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Ids,
    Theme Theme,
    UiStrings Strings)
{
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

        if (built.Output is not { } output || built.Theme is null)
        {
            return null;
        }

        return new PreviousBuild(
            built.RequireSite(),
            new Dictionary<string, string[]>(built.Shown, StringComparer.Ordinal),
            [.. output.Paths],
            output.PageIds,
            built.Theme,
            built.RequireStrings());
    }

    /// <summary>Whether <paramref name="route"/>'s output shows one of <paramref name="edited"/> (source paths).</summary>
    public bool Shows(Route route, IReadOnlySet<string> edited) =>
        Shown.TryGetValue(route.OutputPath, out var shown)
            ? shown.Any(edited.Contains)
            : route.Page is { } page && edited.Contains(page.SourcePath);
}
