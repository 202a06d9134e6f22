using BriefingSite.Config;

namespace BriefingSite.Publishing;

/// <summary>
/// The folder operations the output swap is made of. Tests derive from it to make one step fail
/// and check that the site survives; everyone else uses <see cref="Default"/>.
/// </summary>
internal class FolderMoves
{
    public static FolderMoves Default { get; } = new();

    /// <summary>Exchanges two folders in one step; false where the platform cannot (then two renames do).</summary>
    public virtual bool TryExchange(string first, string second) => RenameExchange.TryExchange(first, second);

    public virtual void Move(string from, string to) => Directory.Move(from, to);

    /// <summary>Deletes a folder a build wrote, its <see cref="OutputMarker"/> last: a folder half deleted still says whose it is.</summary>
    public virtual void DeleteOwned(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            if (string.Equals(Path.GetFileName(entry), OutputMarker.FileName, PathBoundary.NameComparison))
            {
                continue;
            }

            if (Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null)
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        File.Delete(Path.Combine(folder, OutputMarker.FileName));
        Directory.Delete(folder);
    }
}
