using System.Text.RegularExpressions;
using BriefingSite.Diagnostics;

namespace BriefingSite.Publishing;

/// <summary>
/// Owns the folders beside <c>output/</c>: the staging folder a build writes into (see
/// <see cref="StagedOutput"/>) and the swap that puts it in place. On Linux the swap is one
/// atomic exchange, so <c>output/</c> never goes missing; elsewhere two renames. A failure before
/// the new site is in place restores the previous one; after it, a previous site that cannot be
/// deleted is reported and left, with its <see cref="OutputMarker"/>, for <c>--clean</c>.
/// Only folders that hold the marker are ever deleted.
/// </summary>
public sealed class AtomicOutputWriter
{
    private readonly string _outputFolder;
    private readonly string _displayName;
    private readonly FolderMoves _moves;

    public AtomicOutputWriter(string outputFolder, string displayName)
        : this(outputFolder, displayName, FolderMoves.Default)
    {
    }

    internal AtomicOutputWriter(string outputFolder, string displayName, FolderMoves moves)
    {
        _outputFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        _displayName = displayName;
        _moves = moves;
    }

    private string Parent => Path.GetDirectoryName(_outputFolder)!;

    private string Name => Path.GetFileName(_outputFolder);

    /// <summary>Creates an empty, marked staging folder beside the output folder and returns its path.</summary>
    public string CreateStaging()
    {
        if (File.Exists(_outputFolder))
        {
            throw new SiteException(_displayName, "the output path is a file, not a folder; remove it or choose another --output");
        }

        var staging = Sibling("staging");
        DeleteIfOwned(staging);
        Directory.CreateDirectory(staging);
        OutputMarker.Write(staging);
        return staging;
    }

    /// <summary>
    /// Puts <paramref name="staging"/> in place of the output folder and deletes the previous site.
    /// Returns a warning when the previous site could not be deleted (the new one is in place).
    /// </summary>
    public Diagnostic? Swap(string staging)
    {
        if (!Directory.Exists(_outputFolder))
        {
            Guarded(() => _moves.Move(staging, _outputFolder), "the output folder is unchanged");
            return null;
        }

        var retired = staging;
        var exchanged = false;
        Guarded(() => exchanged = _moves.TryExchange(staging, _outputFolder), "the previous site is unchanged");
        if (!exchanged)
        {
            retired = Sibling("old");
            DeleteIfOwned(retired);
            Guarded(() => _moves.Move(_outputFolder, retired), "the previous site is unchanged");
            Guarded(() => MoveOrRestore(staging, retired), "the previous site is back in place");
        }

        // The new site is in place: from here on nothing may fail the build or touch output/.
        try
        {
            _moves.DeleteOwned(retired);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Diagnostic.Warning(
                Display(retired),
                $"the new site is in place, but the previous one could not be deleted ({ex.Message}); delete this folder, or run 'build --clean', which removes it");
        }
    }

    /// <summary>Removes staging and retired folders that a killed or failed build left beside the output, and only those.</summary>
    public void RemoveLeftovers()
    {
        if (!Directory.Exists(Parent))
        {
            return;
        }

        var ours = new Regex("^" + Regex.Escape(Name) + @"\.(staging|old)-[0-9]+$", RegexOptions.CultureInvariant);
        foreach (var folder in Directory.EnumerateDirectories(Parent).Where(f => ours.IsMatch(Path.GetFileName(f)) && OutputMarker.IsIn(f)))
        {
            _moves.DeleteOwned(folder);
        }
    }

    /// <summary>Deletes a folder of this build's naming when a build wrote it; anything else in the way is an error.</summary>
    internal void DeleteIfOwned(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        if (!OutputMarker.IsIn(folder))
        {
            throw new SiteException(Display(folder), $"this folder is in the way of the build and holds no {OutputMarker.FileName} file, so no build wrote it; move it elsewhere");
        }

        _moves.DeleteOwned(folder);
    }

    private void MoveOrRestore(string staging, string retired)
    {
        try
        {
            _moves.Move(staging, _outputFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                _moves.Move(retired, _outputFolder);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                throw new SiteException(_displayName, $"could not put the new site in place ({ex.Message}) nor the previous one back ({again.Message}): the previous site is in {Display(retired)}; rename it to {_displayName}", inner: ex);
            }

            throw;
        }
    }

    private void Guarded(Action step, string state)
    {
        try
        {
            step();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiteException(_displayName, $"could not put the new site in place ({ex.Message}); {state}", inner: ex);
        }
    }

    private string Sibling(string role) => Path.Combine(Parent, $"{Name}.{role}-{Environment.ProcessId}");

    private string Display(string sibling)
    {
        var folder = Path.GetDirectoryName(_displayName);
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(sibling) : folder.Replace('\\', '/') + "/" + Path.GetFileName(sibling);
    }
}
