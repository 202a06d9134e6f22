using BriefingSite.Diagnostics;

namespace BriefingSite.Config;

/// <summary>
/// The one rule for paths that come from outside the code (configuration, seeds.yml, the import
/// state, the command line, symbolic links): resolved, they must stay inside the folder they
/// belong to. Checks are made on real paths, with every symbolic link along the way followed.
/// </summary>
public static class PathBoundary
{
    /// <summary>How this platform compares file names.</summary>
    public static StringComparison NameComparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The full path of <paramref name="relative"/> inside <paramref name="folder"/>; a
    /// <see cref="SiteException"/> naming <paramref name="file"/> (where the path was read) when it leads out.
    /// </summary>
    public static string Resolve(string folder, string relative, string file, string what, int line = 0, int column = 0)
    {
        var target = Path.GetFullPath(Path.Combine(folder, relative));
        if (Path.IsPathRooted(relative) || !IsInside(target, folder) || !IsInside(RealPath(target), RealPath(folder)))
        {
            throw new SiteException(file, $"{what} '{relative}' leads outside {Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}/; give a path inside it", line, column);
        }

        return target;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies under it (names only, no links followed).</summary>
    public static bool IsInsideOrEqual(string path, string folder) =>
        string.Equals(Trimmed(path), Trimmed(folder), NameComparison) || IsInside(path, folder);

    /// <summary>True when <paramref name="path"/> lies strictly under <paramref name="folder"/> (names only, no links followed).</summary>
    public static bool IsInside(string path, string folder) =>
        Trimmed(path).StartsWith(Trimmed(folder) + Path.DirectorySeparatorChar, NameComparison);

    /// <summary>Refuses a file that is, or sits behind, a symbolic link leading outside the site folder.</summary>
    public static void RequireInsideSite(string path, SitePaths paths, string file)
    {
        var real = RealPath(path);
        if (!IsInside(real, RealPath(paths.Root)))
        {
            throw new SiteException(file, $"this file is a link to {real}, outside the site folder; copy the file in instead of linking it");
        }
    }

    /// <summary>Applies <see cref="RequireInsideSite"/> to every file under <paramref name="folder"/> (seeds/, theme/).</summary>
    public static void RequireAllInsideSite(string folder, SitePaths paths)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        RequireInsideSite(folder, paths, paths.Display(folder));
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (new FileInfo(entry).LinkTarget is not null)
            {
                RequireInsideSite(entry, paths, paths.Display(entry));
            }
        }
    }

    /// <summary>The full path with symbolic links followed in every part; parts that do not exist yet are kept as they are.</summary>
    public static string RealPath(string path) => RealPath(path, 0);

    private static string RealPath(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            // A link's target may itself lie behind links; 40 levels is where the OS gives up too (ELOOP).
            if (depth < 40 && new FileInfo(current) is { LinkTarget: not null } link && link.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = RealPath(target.FullName, depth + 1);
            }
        }

        return current;
    }

    private static string Trimmed(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
