using BriefingSite.Config;
using BriefingSite.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Content;

/// <summary>
/// Finds the local images a page's Markdown shows (<c>![caption](folder/figure-1.png)</c>) and
/// checks each, as the link check would: relative to the page's file, inside <c>input/</c> (links
/// followed), present, a PNG, JPEG, GIF or WebP file by its bytes and named so, within
/// <see cref="ImageFormat.MaxBytes"/>. Each failure is an error naming the file, line and column.
/// Remote and <c>data:</c> images are the URL policy's business, not this one's.
/// </summary>
public static class PageImageFinder
{
    /// <summary>The block structure that decides where inlines are (notes, tables), as the renderer parses it.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseFootnotes().UsePipeTables().UseGridTables().UseDefinitionLists().Build();

    /// <summary>How much of a file is read to tell its format and size.</summary>
    private const int HeaderBytes = 64 * 1024;

    public static IReadOnlyList<PageImage> Find(string body, int bodyStartLine, string pagePath, SitePaths paths, string file, DiagnosticBag diagnostics)
    {
        if (!body.Contains("![", StringComparison.Ordinal))
        {
            return [];
        }

        var images = new List<PageImage>();
        foreach (var link in Markdown.Parse(body, Pipeline).Descendants<LinkInline>().Where(l => l.IsImage && l.Url is { Length: > 0 }))
        {
            var url = link.Url!;
            if (IsRemoteOrData(url) || images.Any(i => i.Url == url))
            {
                continue;
            }

            var line = bodyStartLine + link.Line;
            if (Check(url, pagePath, paths, file, line, link.Column + 1, diagnostics) is { } image)
            {
                images.Add(image);
            }
        }

        return images;
    }

    private static PageImage? Check(string url, string pagePath, SitePaths paths, string file, int line, int column, DiagnosticBag diagnostics)
    {
        void Error(string message) => diagnostics.Error(file, $"image '{url}' {message}", line, column);

        if (url.StartsWith('/') || url.StartsWith('\\') || url.Contains('?', StringComparison.Ordinal) || url.Contains('#', StringComparison.Ordinal))
        {
            Error("must be a plain path relative to this file (for example my-briefing/figure-1.png), so the site also works from disk");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(pagePath)!, Uri.UnescapeDataString(url)));
        if (!PathBoundary.IsInside(full, paths.Input) || !PathBoundary.IsInside(PathBoundary.RealPath(full), PathBoundary.RealPath(paths.Input)))
        {
            Error("leads outside input/; keep images beside the page, in input/");
            return null;
        }

        if (!File.Exists(full))
        {
            Error($"not found: there is no file {paths.Display(full)}");
            return null;
        }

        var length = new FileInfo(full).Length;
        if (length > ImageFormat.MaxBytes)
        {
            Error($"is {length / (1024.0 * 1024.0):0.#} MB, over the {ImageFormat.MaxBytes / (1024 * 1024)} MB limit; make it smaller");
            return null;
        }

        var header = ReadHeader(full);
        var format = ImageFormat.Sniff(header);
        if (format is null)
        {
            Error(ImageFormat.LooksLikeSvg(header)
                ? "is SVG, which is not published: an SVG file can carry script; save it as PNG"
                : "is not a PNG, JPEG, GIF or WebP image");
            return null;
        }

        if (!format.NamedBy(full))
        {
            // A name that promises another type (an .html file holding a PNG) would be served as that type.
            Error($"holds a {format.Name} image but its name does not end in {format.Extension}; rename it");
            return null;
        }

        var size = format.Size(header);
        var output = SiteUrls.Image(Path.GetRelativePath(paths.Input, full));
        return new PageImage(url, full, output, size?.Width, size?.Height);
    }

    private static bool IsRemoteOrData(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || UrlScheme(url) is not null;

    /// <summary>The address's scheme (<c>https</c>, <c>data</c>, <c>javascript</c>), or null for a path.</summary>
    private static string? UrlScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(url[0]) ? url[..colon] : null;
    }

    private static byte[] ReadHeader(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(HeaderBytes, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
