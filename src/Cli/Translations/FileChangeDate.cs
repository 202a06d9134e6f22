using System.Diagnostics;
using System.Globalization;

namespace BriefingSite.Cli.Translations;

/// <summary>
/// The day a file last changed, for "stale since": the date of the last commit that touched it
/// when git knows it and it has no uncommitted change, else its modification time (UTC).
/// </summary>
public static class FileChangeDate
{
    public static string Of(string root, string path)
    {
        var committed = Git(root, "status", "--porcelain", "--", path) is "" ? Git(root, "log", "-1", "--format=%cs", "--", path) : null;
        return string.IsNullOrEmpty(committed)
            ? File.GetLastWriteTimeUtc(path).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : committed;
    }

    /// <summary>What git prints, trimmed; null when git is missing or fails (not a repository).</summary>
    private static string? Git(string root, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
