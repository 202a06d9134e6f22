using BriefingSite.Config;

namespace BriefingSite.Import.Images;

/// <summary>
/// Decides whether an image's bytes are kept: a format the site publishes (told by the bytes),
/// within <see cref="ImageFormat.MaxBytes"/>. SVG is refused, as it can carry script.
/// </summary>
public static class SeedImageCheck
{
    /// <summary>The image to keep, or null with the reason it was left out.</summary>
    public static (SeedImage? Image, string? Reason) Accept(byte[] bytes, string alt, string origin)
    {
        if (bytes.Length > ImageFormat.MaxBytes)
        {
            return (null, $"over {ImageFormat.MaxBytes / (1024 * 1024)} MB");
        }

        if (ImageFormat.Sniff(bytes) is { } format)
        {
            return (new SeedImage(bytes, format, alt, origin), null);
        }

        return (null, ImageFormat.LooksLikeSvg(bytes)
            ? "SVG is not published, as it can carry script; save it as PNG"
            : "not a PNG, JPEG, GIF or WebP image");
    }
}
