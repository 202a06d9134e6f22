using BriefingSite.Config;

namespace BriefingSite.Import.Images;

/// <summary>An image a web page or Word file holds, kept for its briefing.</summary>
/// <param name="Bytes">The image as stored, a format <see cref="ImageFormat"/> publishes.</param>
/// <param name="Alt">Its caption, else its own alt text or description; empty when it has none.</param>
/// <param name="Origin">Where it was found, for the report (<c>page_files/map.png</c>, <c>word/media/image1.png</c>).</param>
public sealed record SeedImage(byte[] Bytes, ImageFormat Format, string Alt, string Origin);
