namespace BriefingSite.Config;

/// <summary>Where a site's parts live. Everything defaults to a folder under <see cref="Root"/>.</summary>
public sealed record SitePaths(string Root, string Input, string Output, string Theme, string Seeds, string ConfigFile)
{
    public const string ConfigFileName = "site.yml";

    public static SitePaths ForRoot(string root, string? input = null, string? output = null)
    {
        var full = Path.GetFullPath(root);
        return new SitePaths(
            full,
            Path.GetFullPath(input ?? Path.Combine(full, "input")),
            Path.GetFullPath(output ?? Path.Combine(full, "output")),
            Path.Combine(full, "theme"),
            Path.Combine(full, "seeds"),
            Path.Combine(full, ConfigFileName));
    }

    /// <summary>A path relative to the site root, with forward slashes, for messages.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
