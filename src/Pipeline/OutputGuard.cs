using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Publishing;

namespace BriefingSite.Pipeline;

/// <summary>
/// Decides whether a build may own the output folder, before anything is written: the swap
/// replaces the whole folder, so it must be absent, empty, or an earlier build's output (it holds
/// <see cref="OutputMarker"/>), and never the site folder, a source folder (input/, theme/,
/// seeds/) or a folder inside or around one, nor anything in a <c>.git</c> folder.
/// Paths are compared with symbolic links followed, so a link cannot disguise a source.
/// </summary>
public static class OutputGuard
{
    private const string Advice = "Choose a folder of its own for --output, such as output/ in the site folder";

    public static void Check(SitePaths paths)
    {
        var display = paths.Display(paths.Output);
        var output = PathBoundary.RealPath(paths.Output);
        var root = PathBoundary.RealPath(paths.Root);
        if (PathBoundary.IsInsideOrEqual(root, output))
        {
            throw new SiteException(display, $"the output folder is the site folder or holds it; building would replace the site's sources. {Advice}");
        }

        foreach (var source in new[] { paths.Input, paths.Theme, paths.Seeds })
        {
            var folder = PathBoundary.RealPath(source);
            if (PathBoundary.IsInsideOrEqual(output, folder) || PathBoundary.IsInside(folder, output))
            {
                throw new SiteException(display, $"the output folder is, holds or lies inside the source folder {paths.Display(source)}; building would replace its files. {Advice}");
            }
        }

        if (output.Split(Path.DirectorySeparatorChar).Any(part => part.Equals(".git", StringComparison.OrdinalIgnoreCase)))
        {
            throw new SiteException(display, $"the output folder is inside a .git folder; building would replace the repository's own data. {Advice}");
        }

        if (Directory.Exists(output) && !OutputMarker.IsIn(output) && Directory.EnumerateFileSystemEntries(output).Any() && !StampedByEarlierBuild(output))
        {
            throw new SiteException(display, $"this folder is not empty and holds no {OutputMarker.FileName} file, so no build wrote it; building would delete its files. Give --output a new or empty folder, or empty this one yourself");
        }
    }

    /// <summary>
    /// An output written before builds left a marker is still recognised: the build stamp beside it
    /// lists every file it holds, which only a build of ours writes.
    /// </summary>
    private static bool StampedByEarlierBuild(string output)
    {
        var stamp = BuildStamp.Load(output);
        if (stamp is null)
        {
            return false;
        }

        var stamped = stamp.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return BuildStamp.Scan(output).All(f => stamped.Contains(f.Path));
    }
}
