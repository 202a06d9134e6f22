using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>
/// Refuses input files that are, or sit behind, a symbolic link leading outside the site
/// folder: a careless or hostile link must not publish files from elsewhere on the machine.
/// </summary>
public static class InputBoundary
{
    public static void Check(string path, SitePaths paths, string file)
    {
        var root = Path.TrimEndingDirectorySeparator(RealPath(paths.Root)) + Path.DirectorySeparatorChar;
        var real = RealPath(path);
        if (!real.StartsWith(root, StringComparison.Ordinal))
        {
            throw new SiteException(file, $"this file is a link to {real}, outside the site folder; copy the file in instead of linking it");
        }
    }

    /// <summary>Follows symbolic links in every part of the path.</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                current = target?.FullName ?? current;
            }
            else if (Directory.Exists(current) && new DirectoryInfo(current).LinkTarget is not null)
            {
                current = new DirectoryInfo(current).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? current;
            }
        }

        return current;
    }
}
