using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>
/// Checks that every internal link, anchor and asset in the built site resolves to a file
/// of the site (and, with a fragment, to an element id in it). Links must name files, be
/// relative, and stay inside the site, so the site works from file:// and under any sub-path.
/// </summary>
public static class LinkValidator
{
    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyCollection<OutputFile> files)
    {
        var pages = files.Where(f => f.IsHtml && f.Text is not null).ToArray();
        var links = new PageLinks[pages.Length];
        Parallel.For(0, pages.Length, i => links[i] = LinkExtractor.Extract(pages[i].Path, pages[i].Text!));
        return Validate(links, files.Select(f => f.Path));
    }

    /// <summary>Checks extracted links against the site's files; problems in page path order, then document order.</summary>
    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyCollection<PageLinks> pages, IEnumerable<string> filePaths) =>
        Validate(pages, filePaths.ToHashSet(StringComparer.Ordinal), pages.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal));

    /// <summary>Checks some pages' links against all the site's files and the anchor ids of all its pages.</summary>
    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyCollection<PageLinks> pages, IReadOnlySet<string> paths, IReadOnlyDictionary<string, IReadOnlySet<string>> ids)
    {
        var problems = new List<Diagnostic>();
        foreach (var page in pages.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            foreach (var link in page.Links)
            {
                if (Check(page.Path, link.Value, paths, ids, image: link.IsImage) is { } problem)
                {
                    problems.Add(Diagnostic.Error(page.Path, $"<{link.Element} {link.Attribute}=\"{link.Value}\">: {problem}"));
                }
            }
        }

        return problems;
    }

    /// <summary>Returns what is wrong with one link, or null when it resolves.</summary>
    /// <param name="image">The link is an image's <c>src</c>, which may also be <c>data:image/</c>.</param>
    public static string? Check(string fromPath, string link, IReadOnlySet<string> files, IReadOnlyDictionary<string, IReadOnlySet<string>> ids, bool image = false)
    {
        switch (UrlPolicy.Classify(link, image))
        {
            case UrlKind.External:
                return null;
            case UrlKind.Unsafe:
                return "unsafe link: only relative, http(s)://, mailto: and tel: addresses are allowed (no script schemes or control characters)";
            default:
                break;
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash >= 0 ? link[..hash] : link;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(link[(hash + 1)..]) : null;
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        if (pathPart.StartsWith('/'))
        {
            return "root-absolute link breaks file:// and sub-path hosting; use a relative link";
        }

        string target;
        if (pathPart.Length == 0)
        {
            target = fromPath;
        }
        else
        {
            var resolved = Resolve(fromPath, Uri.UnescapeDataString(pathPart));
            if (resolved is null)
            {
                return "link leaves the site folder";
            }

            if (resolved.EndsWith('/') || resolved.Length == 0)
            {
                return "link names a folder; link to its index.html so it opens from file://";
            }

            target = resolved;
        }

        if (!files.Contains(target))
        {
            return $"target {target} does not exist";
        }

        if (!string.IsNullOrEmpty(fragment) && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
        {
            return $"anchor #{fragment} not found in {target}";
        }

        return null;
    }

    /// <summary>Resolves a relative path against a page's folder; null when it climbs above the root.</summary>
    public static string? Resolve(string fromPath, string relative)
    {
        var parts = new List<string>(fromPath.Split('/')[..^1]);
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
            else if (segment == "" && i == segments.Length - 1)
            {
                return string.Join('/', parts) + "/";
            }
        }

        return string.Join('/', parts);
    }
}
