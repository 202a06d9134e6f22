using Microsoft.Playwright;

namespace BriefingSite.Tests.Support;

/// <summary>
/// How every test starts Debian's Chromium: headless, never a downloaded browser, and with its
/// home and caches in a temp folder of this test run, so the suite leaves nothing in the user's
/// home (Chromium's GTK layer writes <c>~/.cache/dconf</c> otherwise).
/// </summary>
public static class ChromiumLaunch
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly Lazy<string> Home = new(CreateHome);

    public static BrowserTypeLaunchOptions Options() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        Env = Environment(),
    };

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} not found: install Debian's chromium (dotnet test installs it through tests/tools/ensure-test-tools.sh)");
        }

        return playwright.Chromium.LaunchAsync(Options());
    }

    /// <summary>Playwright replaces the browser's whole environment with this one: keep ours, move home.</summary>
    private static Dictionary<string, string> Environment()
    {
        var variables = System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        variables["HOME"] = Home.Value;
        variables["XDG_CONFIG_HOME"] = Path.Combine(Home.Value, ".config");
        variables["XDG_CACHE_HOME"] = Path.Combine(Home.Value, ".cache");
        return variables;
    }

    private static string CreateHome()
    {
        var home = Path.Combine(Path.GetTempPath(), $"briefing-test-chromium-home-{System.Environment.ProcessId}");
        Directory.CreateDirectory(home);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(home, recursive: true);
            }
            catch (IOException)
            {
                // A browser still closing may hold a file; the folder is in temp either way.
            }
        };
        return home;
    }
}
