namespace BriefingSite.Publishing.Pdf;

/// <summary>Finds the Chromium that prints the PDFs: the one <c>site.yml</c> names, else the usual names on PATH.</summary>
public static class ChromiumLocator
{
    /// <summary>Chromium's usual executable names: Debian's, Ubuntu's older one, and Google Chrome (on GitHub's Ubuntu runners).</summary>
    public static IReadOnlyList<string> Names { get; } = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The executable: <paramref name="configured"/> when set (null when it does not exist), else the first of <see cref="Names"/> in <paramref name="pathVariable"/>'s folders.</summary>
    public static string? Find(string? configured, string? pathVariable)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var folders = (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Stands for the browser's version without starting it (<c>--version</c> costs 0.3 s, more than a
    /// cached build's whole budget): the real file behind the name, its size and its time, which an
    /// upgrade of the package changes.
    /// </summary>
    public static string VersionOf(string executable)
    {
        var file = new FileInfo(executable);
        var target = file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
        return $"{target.FullName} {target.Length} {target.LastWriteTimeUtc.Ticks}";
    }
}
