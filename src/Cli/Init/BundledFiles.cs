using System.Reflection;

namespace BriefingSite.Cli.Init;

/// <summary>
/// Files compiled into the tool (see BriefingSite.csproj): the theme, the new-site templates and
/// the repository's site.yml, so <c>briefing init</c> needs nothing but the tool itself.
/// </summary>
public static class BundledFiles
{
    private const string Prefix = "BriefingSite.Bundled/";

    private static readonly Assembly Tool = typeof(BundledFiles).Assembly;

    /// <summary>Paths (with forward slashes) of the bundled files under <paramref name="folder"/>, relative to it, in ordinal order.</summary>
    public static IReadOnlyList<string> Under(string folder) =>
        [.. Tool.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/'))
            .Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal))
            .Select(n => n[(folder.Length + 1)..])
            .Order(StringComparer.Ordinal)];

    public static bool Exists(string path) => Resource(path) is not null;

    public static byte[] Read(string path)
    {
        using var stream = Tool.GetManifestResourceStream(Resource(path) ?? throw new FileNotFoundException($"'{path}' is not bundled with this tool"))!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string ReadText(string path) => new System.Text.UTF8Encoding(false).GetString(Read(path)).TrimStart('\uFEFF');

    /// <summary>The resource's name; the folder separator inside it is the build machine's.</summary>
    private static string? Resource(string path) =>
        Tool.GetManifestResourceNames().FirstOrDefault(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n[Prefix.Length..].Replace('\\', '/') == path);
}
