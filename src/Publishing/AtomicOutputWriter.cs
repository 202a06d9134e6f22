using BriefingSite.Diagnostics;

namespace BriefingSite.Publishing;

/// <summary>
/// Owns the folders beside <c>output/</c>: the staging folder a build writes into (see
/// <see cref="StagedOutput"/>) and the swap that puts it in place with two renames. A build that
/// fails before the swap leaves the previous <c>output/</c> as it was.
/// </summary>
public sealed class AtomicOutputWriter(string outputFolder, string displayName)
{
    /// <summary>Creates an empty staging folder beside the output folder and returns its path.</summary>
    public string CreateStaging()
    {
        if (File.Exists(outputFolder))
        {
            throw new SiteException(displayName, "the output path is a file, not a folder; remove it or choose another --output");
        }

        var staging = Sibling("staging");
        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Moves the previous output aside, moves <paramref name="staging"/> into its place, then deletes the previous output.</summary>
    public void Swap(string staging)
    {
        var retired = Sibling("old");
        DeleteIfExists(retired);
        var hadOutput = Directory.Exists(outputFolder);
        if (hadOutput)
        {
            Directory.Move(outputFolder, retired);
        }

        try
        {
            Directory.Move(staging, outputFolder);
        }
        catch
        {
            if (hadOutput)
            {
                Directory.Move(retired, outputFolder);
            }

            throw;
        }

        DeleteIfExists(retired);
    }

    /// <summary>Removes staging and retired folders that a killed build left beside the output.</summary>
    public void RemoveLeftovers()
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outputFolder))!;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(outputFolder));
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent, name + ".staging-*").Concat(Directory.EnumerateDirectories(parent, name + ".old-*")))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Sibling(string role)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outputFolder))!;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(outputFolder));
        return Path.Combine(parent, $"{name}.{role}-{Environment.ProcessId}");
    }

    internal static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
