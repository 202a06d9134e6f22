using System.Security.Cryptography;
using System.Text;
using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Import;

/// <summary>
/// <c>input/.import-state.yml</c>: for each seed, the file it produced and a hash of what was
/// written. A file whose hash no longer matches was edited by hand and is never overwritten.
/// </summary>
public sealed record ImportState
{
    public const string FileName = ".import-state.yml";

    public SortedDictionary<string, ImportRecord> Seeds { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Reads the state; each recorded output is a path the importer may delete, so it must be a Markdown file inside input/.</summary>
    public static ImportState Load(SitePaths paths)
    {
        var path = Path.Combine(paths.Input, FileName);
        if (!File.Exists(path))
        {
            return new ImportState();
        }

        var file = paths.Display(path);
        PathBoundary.RequireInsideSite(path, paths, file);
        var text = Utf8File.Read(path, file);
        var state = YamlLoader.Load<ImportState>(text, file);
        foreach (var (seed, record) in state.Seeds)
        {
            var (line, column) = YamlLocator.Find(text, "seeds", seed, "output");
            PathBoundary.Resolve(paths.Input, record.Output, file, $"seed {seed}: output", line, column);
            if (!record.Output.EndsWith(".md", StringComparison.Ordinal))
            {
                throw new SiteException(file, $"seed {seed}: output '{record.Output}' is not a Markdown file; delete this entry (the next import writes it again)", line, column);
            }
        }

        return state;
    }

    /// <summary>Where a recorded output is: inside input/, or an error naming this file.</summary>
    public static string PathOf(SitePaths paths, string seedName, ImportRecord record) =>
        PathBoundary.Resolve(paths.Input, record.Output, paths.Display(Path.Combine(paths.Input, FileName)), $"seed {seedName}: output");

    public void Save(SitePaths paths)
    {
        var text = "# Written by 'briefing import'. It records what each seed generated so hand edits are kept.\n"
            + FrontMatterWriter.Serialize(this);
        var path = Path.Combine(paths.Input, FileName);
        if (File.Exists(path))
        {
            PathBoundary.RequireInsideSite(path, paths, paths.Display(path));
        }

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
