using BriefingSite.Diagnostics;

namespace BriefingSite.Pipeline;

/// <summary>The outcome of a build: what went wrong, what was made, how long each step took.</summary>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    IReadOnlyList<(string Step, TimeSpan Elapsed)> Timings,
    TimeSpan Elapsed)
{
    /// <summary>The build's one-line notices (see <see cref="BuildContext.Notes"/>).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
