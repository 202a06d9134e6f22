using BriefingSite.Config;

namespace BriefingSite.Pipeline;

/// <summary>
/// The content key of everything the importer reads (the tool, site.yml, seeds/ and input/),
/// saved when an import changed nothing and reported nothing: the same inputs would import to
/// the same files with nothing to report, so the next build skips parsing the seeds.
/// Kept beside the seeds folder (<c>.seeds.build-stamp.json</c>), never in input/.
/// </summary>
public static class ImportStamp
{
    public static string PathFor(SitePaths paths)
    {
        var seeds = Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths.Seeds));
        return Path.Combine(Path.GetDirectoryName(seeds)!, $".{Path.GetFileName(seeds)}.build-stamp.json");
    }

    public static string KeyOf(SitePaths paths)
    {
        using var hash = new ContentHash();
        return hash.AddTool()
            .Add("import")
            .AddFile(paths.ConfigFile, "site.yml")
            .AddFolder(paths.Seeds, "seeds/")
            .AddFolder(paths.Input, "input/")
            .Hex();
    }

    /// <summary>True when the saved key is <paramref name="key"/>.</summary>
    public static bool Matches(SitePaths paths, string key)
    {
        try
        {
            return File.ReadAllText(PathFor(paths)) == key;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static void Save(SitePaths paths, string key) => File.WriteAllText(PathFor(paths), key);

    public static void Delete(SitePaths paths) => File.Delete(PathFor(paths));
}
