using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Pipeline;

/// <summary>
/// Refuses an output folder that would swallow the site's own sources: the swap replaces
/// the whole output folder, so it must never be the root, input/, theme/ or seeds/, or hold them.
/// </summary>
public static class OutputGuard
{
    public static void Check(SitePaths paths)
    {
        var output = Normalize(paths.Output);
        foreach (var source in new[] { paths.Root, paths.Input, paths.Theme, paths.Seeds })
        {
            var folder = Normalize(source);
            if (folder.StartsWith(output, StringComparison.Ordinal))
            {
                throw new SiteException(paths.Display(paths.Output), $"the output folder contains {paths.Display(source)}; building would replace it. Choose another --output");
            }
        }
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
}
