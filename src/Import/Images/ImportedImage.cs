namespace BriefingSite.Import.Images;

/// <summary>An image placed in a briefing's Markdown, to be written beside it.</summary>
/// <param name="Path">Its path from the briefing's Markdown file (<c>&lt;slug&gt;/figure-1.png</c>).</param>
/// <param name="Line">The seed line it stands on, for warnings.</param>
public sealed record ImportedImage(string Path, SeedImage Image, int Line);
