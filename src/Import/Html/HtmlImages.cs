using AngleSharp.Dom;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import.Images;

namespace BriefingSite.Import.Html;

/// <summary>
/// The images of a saved page: a local file beside the page (a saved page's <c>page_files/</c>
/// folder, never outside the seed's folder) or a <c>data:image/</c> address is kept, with its
/// caption or alt text; a remote image is never fetched, only listed as left out with its address.
/// </summary>
public sealed partial class HtmlImages(string? seedFolder)
{
    private readonly List<SeedImage> _kept = [];
    private readonly List<string> _leftOut = [];

    public IReadOnlyList<SeedImage> Kept => _kept;

    public IReadOnlyList<string> LeftOut => _leftOut;

    /// <summary>The marker of <paramref name="img"/> when it is kept; null when it was left out (and listed).</summary>
    public string? Keep(IElement img, string? caption)
    {
        var alt = HtmlText.Collapse(caption is { Length: > 0 } ? caption : img.GetAttribute("alt") ?? "");
        var src = (img.GetAttribute("src") ?? "").Trim();
        var (bytes, reason) = Load(src);
        if (bytes is not null)
        {
            var (image, refused) = SeedImageCheck.Accept(bytes, alt, Short(src));
            if (image is not null)
            {
                _kept.Add(image);
                return ImageMarker.Make(_kept.Count - 1);
            }

            reason = refused;
        }

        _leftOut.Add($"image left out ({reason}): {Short(src)}" + (alt.Length > 0 ? $" \"{alt}\"" : ""));
        return null;
    }

    /// <summary>An image or figure not kept at all (inside a list or table, a video, a figure without an image).</summary>
    public void LeaveOut(string? description)
    {
        var text = HtmlText.Collapse(description ?? "");
        _leftOut.Add(text.Length > 0 ? $"image left out: {text}" : "image left out (no alt text)");
    }

    public void LeaveOutAll(IReadOnlyList<string> leftOut) => _leftOut.AddRange(leftOut);

    private (byte[]? Bytes, string Reason) Load(string src)
    {
        if (src.Length == 0)
        {
            return (null, "no address");
        }

        if (src.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return DataUrl(src);
        }

        if (src.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(src, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return (null, "remote, not fetched");
        }

        if (Scheme().IsMatch(src) || src.StartsWith('/') || src.StartsWith('\\'))
        {
            return (null, "not a path relative to the page");
        }

        if (seedFolder is null)
        {
            return (null, "file not found beside the page");
        }

        var relative = Uri.UnescapeDataString(src.Split('?', '#')[0]);
        string path;
        try
        {
            path = PathBoundary.Resolve(seedFolder, relative, src, "image");
        }
        catch (SiteException)
        {
            return (null, "its path leads outside the seeds folder");
        }

        if (!File.Exists(path))
        {
            return (null, "file not found beside the page");
        }

        return new FileInfo(path).Length > ImageFormat.MaxBytes
            ? (null, $"over {ImageFormat.MaxBytes / (1024 * 1024)} MB")
            : (File.ReadAllBytes(path), "");
    }

    private static (byte[]? Bytes, string Reason) DataUrl(string src)
    {
        var comma = src.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || !src[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase) || (src.Length - comma) / 4 * 3 > ImageFormat.MaxBytes)
        {
            return (null, "a data: address that is not base64 image data");
        }

        try
        {
            return (Convert.FromBase64String(src[(comma + 1)..]), "");
        }
        catch (FormatException)
        {
            return (null, "a data: address that does not decode");
        }
    }

    private static string Short(string src) => src.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? "data: address" : src.Length <= 200 ? src : src[..200] + "…";

    /// <summary>An address with a scheme (<c>file:</c>, <c>javascript:</c>) or a drive letter: never read.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial System.Text.RegularExpressions.Regex Scheme();
}
