using BriefingSite.Config;
using BriefingSite.Pipeline;

namespace BriefingSite.Tests.Support;

/// <summary>
/// A throwaway copy of a site in a temp folder: the repository's own (seeds, input, theme,
/// site.yml) or one a test writes file by file. Deleted on dispose.
/// </summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root) => Root = root;

    public string Root { get; }

    public SitePaths Paths => SitePaths.ForRoot(Root);

    public string Output => Paths.Output;

    public static TempSite Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return new TempSite(root);
    }

    /// <summary>A copy of the repository's site: its real seeds, input, theme and configuration.</summary>
    public static TempSite CopyOfRepository(bool withInput = true)
    {
        var site = Empty();
        CopyFolder(Path.Combine(RepoPaths.Root, "seeds"), Path.Combine(site.Root, "seeds"));
        CopyFolder(Path.Combine(RepoPaths.Root, "theme"), Path.Combine(site.Root, "theme"));
        if (withInput)
        {
            CopyFolder(Path.Combine(RepoPaths.Root, "input"), Path.Combine(site.Root, "input"));
        }
        else
        {
            Directory.CreateDirectory(Path.Combine(site.Root, "input"));
        }

        File.Copy(Path.Combine(RepoPaths.Root, SitePaths.ConfigFileName), Path.Combine(site.Root, SitePaths.ConfigFileName));
        return site;
    }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public BuildResult Build(bool strict = false, bool import = true, bool pdfs = false) =>
        new SiteBuilder().Build(new BuildOptions(Paths, Strict: strict, Import: import, Pdfs: pdfs));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A browser may still hold a file; the OS cleans temp eventually.
        }
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
