using System.Globalization;
using BriefingSite.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Rendering;

/// <summary>
/// Points a page's local images at their published copies, relative to the output file being
/// written (a briefing and its side-by-side page sit in different folders), and gives every
/// image <c>loading="lazy"</c> and, where its header said them, its width and height so the
/// page does not jump as it loads. The address as written is kept on the node, so one parsed
/// text can be written for several output files.
/// </summary>
/// <param name="FromPath">Site-relative path of the output file holding the images.</param>
public sealed record ImageLinks(IReadOnlyList<PageImage> Images, string FromPath)
{
    private const string WrittenUrl = "briefing-site:written-url";

    /// <summary>The images of <paramref name="page"/>, written into <paramref name="fromPath"/>.</summary>
    public static ImageLinks Of(Page page, string fromPath) => new(page.Images, fromPath);

    /// <summary>Part of a cache key: texts without local images render alike from any output file.</summary>
    public string Key => Images.Count == 0 ? "" : FromPath;

    public void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var written = link.GetData(WrittenUrl) as string ?? link.Url ?? "";
            link.SetData(WrittenUrl, written);
            var attributes = link.GetAttributes();
            attributes.AddPropertyIfNotExist("loading", "lazy");
            if (Images.FirstOrDefault(i => i.Url == written) is not { } image)
            {
                continue;
            }

            link.Url = SiteUrls.Relative(FromPath, image.OutputPath);
            if (image is { Width: { } width, Height: { } height })
            {
                attributes.AddPropertyIfNotExist("width", width.ToString(CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", height.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
