using BriefingSite.Config;
using BriefingSite.Content;
using BriefingSite.Diagnostics;

namespace BriefingSite.Cli.Translations;

/// <summary><c>briefing translations</c> (the table) and <c>briefing translations confirm</c>; both read <c>input/</c> as it is, without importing.</summary>
public static class TranslationCommands
{
    public static int Table(CliSettings settings, bool json, TextWriter stdout, TextWriter stderr) => Loaded(settings, stderr, site =>
    {
        var rows = TranslationTable.Build(site, page => FileChangeDate.Of(settings.Paths.Root, FullPath(settings.Paths, page.SourcePath)));
        var languages = site.Languages.Select(l => l.Code).ToList();
        if (json)
        {
            TranslationReport.WriteJson(rows, languages, stdout);
        }
        else
        {
            TranslationReport.WriteText(rows, languages, stdout);
        }

        return CommandLine.Success;
    });

    public static int Confirm(CliSettings settings, string file, string? from, TextWriter stdout, TextWriter stderr) => Loaded(settings, stderr, site =>
    {
        // A path under the site folder first (input/en/…), else as given from the current folder.
        var underRoot = Path.Combine(settings.Paths.Root, file);
        var path = File.Exists(underRoot) ? Path.GetFullPath(underRoot) : Path.GetFullPath(file);
        var record = new TranslationConfirmer(settings.Paths, TimeProvider.System).Confirm(site, path, from);
        stdout.WriteLine($"Confirmed {settings.Paths.Display(path)} as in step with its '{record.Language}' original on {record.Confirmed}.");
        return CommandLine.Success;
    });

    private static string FullPath(SitePaths paths, string display) => Path.IsPathRooted(display) ? display : Path.Combine(paths.Root, display);

    /// <summary>Loads the site; content errors are printed and end the command with exit code 1.</summary>
    private static int Loaded(CliSettings settings, TextWriter stderr, Func<Site, int> command)
    {
        try
        {
            var diagnostics = new DiagnosticBag();
            var site = SiteLoader.Load(settings.Paths, SiteConfigLoader.Load(settings.Paths), diagnostics);
            foreach (var diagnostic in diagnostics.Sorted())
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            return diagnostics.HasErrors ? CommandLine.ContentError : command(site);
        }
        catch (SiteException ex)
        {
            stderr.WriteLine(ex.Diagnostic.ToString());
            return CommandLine.ContentError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return CommandLine.ContentError;
        }
    }
}
