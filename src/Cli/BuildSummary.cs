using System.Globalization;
using BriefingSite.Pipeline;

namespace BriefingSite.Cli;

/// <summary>The few lines a build ends with: pages per language, warnings, errors, time.</summary>
public static class BuildSummary
{
    public static void Write(BuildResult result, CliSettings settings, TextWriter stdout)
    {
        foreach (var note in result.Notes)
        {
            stdout.WriteLine(note);
        }

        var pages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            stdout.WriteLine($"Built {settings.Paths.Display(settings.Paths.Output)}/: {result.FilesWritten} files; pages per language: {pages}; {result.WarningCount} warning(s); {seconds} s.");
        }
        else
        {
            stdout.WriteLine($"Build failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s); output/ left as it was. ({seconds} s)");
        }

        if (settings.Verbose)
        {
            foreach (var (step, elapsed) in result.Timings)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-10} {elapsed.TotalMilliseconds,8:0.0} ms"));
            }
        }
    }
}
