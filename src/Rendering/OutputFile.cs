namespace BriefingSite.Rendering;

/// <summary>
/// One file of the built site: either generated text (HTML, XML) or a copy of a theme asset.
/// Paths are site-relative with forward slashes.
/// </summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom = null)
{
    /// <summary>For a rendered page, the pages whose data it shows, its own first (see <see cref="ShownPages"/>).</summary>
    public IReadOnlyList<Content.Page> Shown { get; init; } = [];

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
