namespace BriefingSite.Content;

/// <summary>A local image a page's Markdown shows, checked: inside <c>input/</c>, present, a format the site publishes.</summary>
/// <param name="Url">The address as the Markdown writes it (<c>water-in-the-valley/figure-1.png</c>).</param>
/// <param name="SourcePath">Full path of the file under <c>input/</c>.</param>
/// <param name="OutputPath">Site-relative output path: the file's path under <c>input/</c>, so it stays beside its page.</param>
/// <param name="Width">Width in pixels from the file's header, where it says.</param>
/// <param name="Height">Height in pixels from the file's header, where it says.</param>
public sealed record PageImage(string Url, string SourcePath, string OutputPath, int? Width, int? Height);
