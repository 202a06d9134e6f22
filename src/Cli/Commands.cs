using System.Diagnostics;
using System.Globalization;
using BriefingSite.Cli.Serve;
using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Import;
using BriefingSite.Pipeline;
using BriefingSite.Publishing;

namespace BriefingSite.Cli;

/// <summary>What each command does, once its options are parsed. Unexpected exceptions become one clear line.</summary>
public static class Commands
{
    public static int Build(CliSettings settings, TextWriter stdout, TextWriter stderr) => Guarded(settings, stderr, () =>
    {
        var options = new BuildOptions(settings.Paths, settings.BaseUrl, settings.Clean, settings.Strict, settings.Import, settings.Force, Pdfs: true, Batch: true);
        var result = new SiteBuilder(ProgressOn(stderr)).Build(options);
        Print(result.Diagnostics, stderr);
        BuildSummary.Write(result, settings, stdout);
        return result.Succeeded ? CommandLine.Success : CommandLine.ContentError;
    });

    /// <summary>A progress line on the terminal; nothing when stderr is redirected (CI logs, tests).</summary>
    private static IBuildProgress ProgressOn(TextWriter stderr) =>
        Console.IsErrorRedirected || stderr != Console.Error ? SilentProgress.Instance : new TerminalProgress(stderr);

    /// <summary>Imports every seed; a seed that fails is an error and the others are still written (exit code 1 says something failed).</summary>
    public static int Import(CliSettings settings, TextWriter stdout, TextWriter stderr, bool json = false) => Guarded(settings, stderr, () =>
    {
        var config = SiteConfigLoader.Load(settings.Paths);
        var diagnostics = new DiagnosticBag();
        var outcomes = new Importer(settings.Paths, config).Run(settings.Force, diagnostics);
        if (json)
        {
            Print(diagnostics.Sorted(), stderr);
            ImportJsonReport.Write(outcomes, diagnostics.Sorted(), stdout);
            return diagnostics.HasErrors ? CommandLine.ContentError : CommandLine.Success;
        }

        foreach (var outcome in outcomes)
        {
            ImportSummary.Write(outcome, stdout);
        }

        Print(diagnostics.Sorted(), stderr);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Imported {outcomes.Count} seed(s): {diagnostics.ErrorCount} error(s), {diagnostics.WarningCount} warning(s)."));
        return diagnostics.HasErrors ? CommandLine.ContentError : CommandLine.Success;
    });

    public static int Check(CliSettings settings, TextWriter stdout, TextWriter stderr) => Guarded(settings, stderr, () =>
    {
        var output = settings.Paths.Output;
        if (!Directory.Exists(output))
        {
            stderr.WriteLine($"{settings.Paths.Display(output)}: error: output folder not found; run 'briefing build' first");
            return CommandLine.ContentError;
        }

        var watch = Stopwatch.StartNew();
        var files = OutputReader.Read(output);
        var problems = LinkValidator.Validate(files).Concat(XmlValidator.Validate(files)).ToList();
        Print(problems, stderr);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checked {files.Count(f => f.IsHtml)} pages, {files.Count} files: {problems.Count} problem(s) in {watch.Elapsed.TotalSeconds:0.00} s."));
        return problems.Count == 0 ? CommandLine.Success : CommandLine.ContentError;
    });

    private static void WriteTrace(CliSettings settings, TextWriter stderr, Exception ex)
    {
        if (settings.Verbose)
        {
            stderr.WriteLine(ex);
        }
    }

    public static async Task<int> Serve(CliSettings settings, int port, string pathBase, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        if (port is < 0 or > 65535)
        {
            stderr.WriteLine($"error: --port {port} is not a port number (0-65535)");
            return CommandLine.UsageError;
        }

        try
        {
            await using var session = await PreviewSession.StartAsync(new ServeOptions(settings.Paths, port, pathBase, settings.Import), stdout, ProgressOn(stderr));
            stdout.WriteLine($"Serving {session.Server.Url} — watching seeds/, input/, theme/ and site.yml. Ctrl+C stops.");
            await Task.Delay(Timeout.Infinite, cancel).ContinueWith(_ => { }, TaskScheduler.Default);
            return CommandLine.Success;
        }
        catch (SiteException ex)
        {
            stderr.WriteLine(ex.Diagnostic.ToString());
            return CommandLine.ContentError;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: cannot serve on 127.0.0.1:{port}: {ex.Message}");
            return CommandLine.ContentError;
        }
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>Turns anything unexpected (an unreadable file, a full disk) into one line and exit code 1.</summary>
    private static int Guarded(CliSettings settings, TextWriter stderr, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (SiteException ex)
        {
            stderr.WriteLine(ex.Diagnostic.ToString());
            return CommandLine.ContentError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            WriteTrace(settings, stderr, ex);
            return CommandLine.ContentError;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            stderr.WriteLine(settings.Verbose ? ex.ToString() : "Run again with --verbose for details, and please report it.");
            return CommandLine.ContentError;
        }
    }
}
