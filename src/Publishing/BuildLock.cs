using BriefingSite.Diagnostics;

namespace BriefingSite.Publishing;

/// <summary>
/// An exclusive lock file beside the output folder, held for the whole build, so two builds
/// into the same output cannot interleave their swaps. The OS releases it if the process dies.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    public static BuildLock Acquire(string outputFolder, string displayName)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var path = full + ".lock";
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException ex)
        {
            throw new SiteException(displayName, $"another build is writing this output folder (lock {Path.GetFileName(path)} is held); wait for it to finish", inner: ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
