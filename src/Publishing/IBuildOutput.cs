using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>
/// Where a build's steps put the files they make: a whole site staged and swapped in
/// (<see cref="StagedOutput"/>), or some files of a served site replaced in place
/// (<see cref="InPlaceOutput"/>). Nothing reaches the output folder before <see cref="Commit"/>,
/// and only if <see cref="Validate"/> found nothing. Safe to add to from many threads.
/// </summary>
public interface IBuildOutput : IDisposable
{
    /// <summary>Files added by this build.</summary>
    int Count { get; }

    /// <summary>Every file the output folder holds once this build is committed, site-relative.</summary>
    IEnumerable<string> Paths { get; }

    /// <summary>The anchor ids of every page the output folder holds once this build is committed.</summary>
    IReadOnlyDictionary<string, IReadOnlySet<string>> PageIds { get; }

    void Add(OutputFile file);

    /// <summary>Every unresolved internal link or anchor and every malformed XML file among the added files.</summary>
    IReadOnlyList<Diagnostic> Validate();

    /// <summary>Puts the added files in the output folder; a warning when something was left behind.</summary>
    Diagnostic? Commit();
}
