using AngleSharp.Dom;
using AngleSharp.Html.Parser;
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
    private static readonly string[] LinkAttributes = ["href", "src"];

    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyCollection<OutputFile> files)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var parser = new HtmlParser();
        var documents = files.Where(f => f.IsHtml && f.Text is not null)
            .ToDictionary(f => f.Path, f => parser.ParseDocument(f.Text!), StringComparer.Ordinal);
        var ids = documents.ToDictionary(d => d.Key, d => IdsOf(d.Value), StringComparer.Ordinal);

        var problems = new List<Diagnostic>();
        foreach (var (path, document) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                foreach (var attribute in LinkAttributes)
                {
                    var value = element.GetAttribute(attribute);
                    if (value is not null && Check(path, value, byPath, ids) is { } problem)
                    {
                        problems.Add(Diagnostic.Error(path, $"<{element.LocalName} {attribute}=\"{value}\">: {problem}"));
                    }
                }
            }
        }

        return problems;
    }

    private static HashSet<string> IdsOf(IDocument document) =>
        [.. document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!))];

    /// <summary>Returns what is wrong with one link, or null when it resolves.</summary>
    public static string? Check(string fromPath, string link, IReadOnlyDictionary<string, OutputFile> files, IReadOnlyDictionary<string, HashSet<string>> ids)
    {
        if (IsExternal(link))
        {
            return null;
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

        if (!files.ContainsKey(target))
        {
            return $"target {target} does not exist";
        }

        if (!string.IsNullOrEmpty(fragment) && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
        {
            return $"anchor #{fragment} not found in {target}";
        }

        return null;
    }

    private static bool IsExternal(string link) =>
        link.Contains("://", StringComparison.Ordinal)
        || link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("//", StringComparison.Ordinal);

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
