namespace BriefingSite.Tests.Support;

/// <summary>Finds the repository root from the test binaries, so tests build the real seeds and theme.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BriefingSite.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root (BriefingSite.slnx) not found above " + AppContext.BaseDirectory);
    }
}
