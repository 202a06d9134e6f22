using BriefingSite.Config;

namespace BriefingSite.Content;

/// <summary>
/// Refuses input files that are, or sit behind, a symbolic link leading outside the site
/// folder: a careless or hostile link must not publish files from elsewhere on the machine.
/// </summary>
public static class InputBoundary
{
    public static void Check(string path, SitePaths paths, string file) => PathBoundary.RequireInsideSite(path, paths, file);
}
