using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BriefingSite.Pipeline;

/// <summary>
/// What the last successful build was made from and what it wrote: a SHA-256 over the tool,
/// the options, site.yml, theme/ and input/, and the output's files with sizes and times.
/// When both still match, the output is exactly what a new build would write, and the build
/// stops there. Kept beside the output folder (<c>.output.build-stamp.json</c>), never in it.
/// </summary>
public sealed record BuildStamp(string Key, IReadOnlyDictionary<string, int> PagesPerLanguage, int FileCount, IReadOnlyList<StampedFile> Files)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string PathFor(string outputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.build-stamp.json");
    }

    /// <summary>The content key of everything a build reads after importing seeds.</summary>
    public static string KeyOf(BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(hash, $"{options.BaseUrl}\n{options.Strict}\n{options.Pdfs}");
        AddFile(hash, options.Paths.ConfigFile, "site.yml");
        AddFolder(hash, options.Paths.Theme, "theme/");
        AddFolder(hash, options.Paths.Input, "input/");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
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
            return JsonSerializer.Deserialize<BuildStamp>(stream, Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void Save(string outputFolder) => File.WriteAllText(PathFor(outputFolder), JsonSerializer.Serialize(this, Json));

    public static void Delete(string outputFolder) => File.Delete(PathFor(outputFolder));

    /// <summary>True when the output still holds exactly the files this stamp recorded.</summary>
    public bool Describes(string outputFolder) => Files.SequenceEqual(Scan(outputFolder));

    private static void AddFolder(IncrementalHash hash, string folder, string label)
    {
        if (!Directory.Exists(folder))
        {
            Add(hash, label + "(none)");
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            AddFile(hash, file, label + Path.GetRelativePath(folder, file).Replace('\\', '/'));
        }
    }

    private static void AddFile(IncrementalHash hash, string path, string label)
    {
        Add(hash, label);
        if (!File.Exists(path))
        {
            return;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            Add(hash, bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            hash.AppendData(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A dangling link or an unreadable file: the load step reports it with its name.
            Add(hash, "(unreadable)");
        }
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
}

/// <summary>One output file as the stamp saw it.</summary>
public sealed record StampedFile(string Path, long Length, long LastWriteTicks);
