using BriefingSite.Config;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Rendering;

/// <summary>
/// Neutralises link and image URLs that <see cref="UrlPolicy"/> does not allow (<c>javascript:</c>,
/// <c>vbscript:</c>, <c>data:</c> outside images, control characters) in the syntax tree, before
/// HTML is written: they become <c>#</c>.
/// </summary>
public static class UnsafeUrlFilter
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !UrlPolicy.IsSafe(url, link.IsImage))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !UrlPolicy.IsSafe(autolink.Url))
            {
                autolink.Url = "#";
            }
        }
    }
}
