using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingSite.Pipeline;

/// <summary>
/// What the last successful build was made from and what it wrote: a SHA-256 over the tool,
/// the options, site.yml, theme/ and input/, and the output's files with sizes and times.
/// When both still match, the output is exactly what a new build would write, and the build
/// stops there. Kept beside the output folder (<c>.output.build-stamp.json</c>), never in it.
/// </summary>
public sealed record BuildStamp(string Key, IReadOnlyDictionary<string, int> PagesPerLanguage, int FileCount, IReadOnlyList<StampedFile> Files)
{
    public static string PathFor(string outputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.build-stamp.json");
    }

    /// <summary>The content key of everything a build reads after importing seeds.</summary>
    public static string KeyOf(BuildOptions options)
    {
        using var hash = new ContentHash();
        return hash.AddTool()
            .Add($"{options.BaseUrl}\n{options.Strict}\n{options.Pdfs}")
            .AddFile(options.Paths.ConfigFile, "site.yml")
            .AddFolder(options.Paths.Theme, "theme/")
            .AddFolder(options.Paths.Input, "input/")
            .Hex();
    }

    /// <summary>The output folder's files, in path order, with size and last write time.</summary>
    public static IReadOnlyList<StampedFile> Scan(string outputFolder) =>
        Directory.Exists(outputFolder)
            ? [.. Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
                .Select(f => new FileInfo(f))
                .Select(f => new StampedFile(Path.GetRelativePath(outputFolder, f.FullName).Replace('\\', '/'), f.Length, f.LastWriteTimeUtc.Ticks))
                .OrderBy(f => f.Path, StringComparer.Ordinal)]
            : [];

    public static BuildStamp? Load(string outputFolder)
    {
        try
        {
            using var stream = File.OpenRead(PathFor(outputFolder));
            return JsonSerializer.Deserialize(stream, BuildStampJson.Default.BuildStamp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void Save(string outputFolder) => File.WriteAllText(PathFor(outputFolder), JsonSerializer.Serialize(this, BuildStampJson.Default.BuildStamp));

    public static void Delete(string outputFolder) => File.Delete(PathFor(outputFolder));

    /// <summary>True when the output still holds exactly the files this stamp recorded.</summary>
    public bool Describes(string outputFolder) => Files.SequenceEqual(Scan(outputFolder));
}

/// <summary>One output file as the stamp saw it.</summary>
public sealed record StampedFile(string Path, long Length, long LastWriteTicks);

/// <summary>The stamp's JSON, generated at compile time: no reflection over its types when a build starts.</summary>
[JsonSerializable(typeof(BuildStamp))]
internal sealed partial class BuildStampJson : JsonSerializerContext;
