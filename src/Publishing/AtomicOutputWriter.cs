using System.Text;
using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing;

/// <summary>
/// Writes the site into a staging folder beside <c>output/</c>, then swaps it in with two
/// renames. A build that fails before the swap leaves the previous <c>output/</c> as it was.
/// </summary>
public sealed class AtomicOutputWriter(string outputFolder, string displayName)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public void Write(IReadOnlyCollection<OutputFile> files, Action<int>? progress = null)
    {
        if (File.Exists(outputFolder))
        {
            throw new SiteException(displayName, "the output path is a file, not a folder; remove it or choose another --output");
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(outputFolder))!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(outputFolder));
        var staging = Path.Combine(parent, $"{name}.staging-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $"{name}.old-{Environment.ProcessId}");
        DeleteIfExists(staging);

        try
        {
            WriteAll(files, staging, progress);
            Swap(staging, retired);
        }
        finally
        {
            DeleteIfExists(staging);
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

    private static void WriteAll(IReadOnlyCollection<OutputFile> files, string staging, Action<int>? progress)
    {
        var root = Path.GetFullPath(staging) + Path.DirectorySeparatorChar;
        var written = 0;
        Parallel.ForEach(files, file =>
        {
            var target = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new SiteException(file.Path, "refusing to write outside the output folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (file.Text is not null)
            {
                File.WriteAllText(target, file.Text, Utf8);
            }
            else
            {
                File.Copy(file.CopyFrom!, target, overwrite: true);
            }

            progress?.Invoke(Interlocked.Increment(ref written));
        });
    }

    private void Swap(string staging, string retired)
    {
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
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
