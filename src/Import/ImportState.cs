using System.Security.Cryptography;
using System.Text;
using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// <c>input/.import-state.yml</c>: for each seed, the file it produced and a hash of what was
/// written. A file whose hash no longer matches was edited by hand and is never overwritten.
/// </summary>
public sealed record ImportState
{
    public const string FileName = ".import-state.yml";

    public SortedDictionary<string, ImportRecord> Seeds { get; init; } = new(StringComparer.Ordinal);

    public static ImportState Load(SitePaths paths)
    {
        var path = Path.Combine(paths.Input, FileName);
        return File.Exists(path) ? YamlLoader.Load<ImportState>(Utf8File.Read(path, paths.Display(path)), paths.Display(path)) : new ImportState();
    }

    public void Save(SitePaths paths)
    {
        var text = "# Written by 'briefing import'. It records what each seed generated so hand edits are kept.\n"
            + FrontMatterWriter.Serialize(this);
        var path = Path.Combine(paths.Input, FileName);
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>What one seed generated last time.</summary>
public sealed record ImportRecord
{
    /// <summary>Generated file, relative to <c>input/</c>, forward slashes.</summary>
    public string Output { get; init; } = "";

    public string SeedSha256 { get; init; } = "";

    public string GeneratedSha256 { get; init; } = "";
}
