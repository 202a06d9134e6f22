using System.CommandLine;
using BriefingSite.Cli.Init;
using BriefingSite.Cli.Translations;
using BriefingSite.Config;

namespace BriefingSite.Cli;

/// <summary>
/// The <c>briefing</c> command: <c>build</c> (the default), <c>import</c>, <c>check</c> and <c>serve</c>.
/// Exit codes: 0 success, 1 content errors, 2 usage errors.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentError = 1;
    public const int UsageError = 2;

    private static readonly Option<string> RootOption = new("--root", "-r")
    {
        Description = "Site folder holding site.yml, seeds/, input/ and theme/",
        DefaultValueFactory = _ => ".",
    };

    private static readonly Option<string?> InputOption = new("--input", "-i") { Description = "Markdown input folder [default: <root>/input]" };

    private static readonly Option<string?> OutputOption = new("--output", "-o") { Description = "Folder to write the site to [default: <root>/output]" };

    private static readonly Option<string?> BaseUrlOption = new("--base-url") { Description = "Absolute URL the site is served from; overrides base_url in site.yml" };

    private static readonly Option<bool> CleanOption = new("--clean") { Description = "Remove leftovers of interrupted builds before building" };

    private static readonly Option<bool> StrictOption = new("--strict") { Description = "Treat warnings as errors" };

    private static readonly Option<bool> NoImportOption = new("--no-import") { Description = "Build from input/ only, without converting seeds first" };

    private static readonly Option<bool> ForceOption = new("--force") { Description = "Regenerate input files from seeds even where they were edited by hand" };

    private static readonly Option<int> PortOption = new("--port", "-p")
    {
        Description = "Port on 127.0.0.1 to serve the site on (0 picks a free one)",
        DefaultValueFactory = _ => 8080,
    };

    private static readonly Option<string> PathBaseOption = new("--path-base")
    {
        Description = "Serve under a sub-path such as /briefings, as a GitHub Pages project site is",
        DefaultValueFactory = _ => "",
    };

    private static readonly Option<string> ReportOption = new Option<string>("--report")
    {
        Description = "How import reports each seed on standard output: text, or json (one document, for review and tools)",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json");

    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print one JSON document instead of the table, for scripts" };

    private static readonly Option<string?> FromOption = new("--from") { Description = "Language of the original, when pages in several other languages share the translation key" };

    private static readonly Argument<string> FileArgument = new("file") { Description = "The translation's Markdown file under input/" };

    private static readonly Argument<string> FolderArgument = new("folder") { Description = "A new or empty folder for the site" };

    private static readonly Option<string> LanguagesOption = new("--languages", "-l")
    {
        Description = "The site's language codes, the default first (ar,en; fa,en,ku)",
        Required = true,
    };

    private static readonly Option<string[]> DirectionOption = new("--direction")
    {
        Description = "A language's direction where the system's language data lacks it or you differ, as code=rtl (ku=rtl for Sorani)",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<bool> VerboseOption = new("--verbose", "-v") { Description = "Show step timings, and stack traces of unexpected errors" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildCommandTree(stdout, stderr);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'briefing --help' for usage.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand BuildCommandTree(TextWriter stdout, TextWriter stderr)
    {
        var build = new Command("build", "Import seeds, then build input/ into a static bilingual site in output/ (the default command)");
        AddBuildOptions(build);
        build.SetAction(r => Commands.Build(Settings(r), stdout, stderr));

        var import = new Command("import", "Convert the seeds (.txt, .pdf, .html, .docx) into Markdown with front-matter under input/, keeping hand edits");
        import.Options.Add(RootOption);
        import.Options.Add(InputOption);
        import.Options.Add(ForceOption);
        import.Options.Add(ReportOption);
        import.Options.Add(VerboseOption);
        import.SetAction(r => Commands.Import(Settings(r), stdout, stderr, json: r.GetValue(ReportOption) == "json"));

        var check = new Command("check", "Validate links, anchors, assets and XML (feeds, sitemap) of an existing output/ folder");
        check.Options.Add(RootOption);
        check.Options.Add(OutputOption);
        check.Options.Add(VerboseOption);
        check.SetAction(r => Commands.Check(Settings(r), stdout, stderr));

        var serve = new Command("serve", "Build, serve output/ on 127.0.0.1, rebuild when seeds, input, theme or site.yml change, and reload open pages");
        foreach (var option in new Option[] { RootOption, InputOption, OutputOption, PortOption, PathBaseOption, NoImportOption, VerboseOption })
        {
            serve.Options.Add(option);
        }

        serve.SetAction((r, cancel) => Commands.Serve(Settings(r), r.GetValue(PortOption), r.GetValue(PathBaseOption) ?? "", stdout, stderr, cancel));

        var translations = new Command("translations", "Per translation key: which languages have the page, which lack it, which translations are stale and since when");
        translations.Options.Add(RootOption);
        translations.Options.Add(InputOption);
        translations.Options.Add(JsonOption);
        translations.SetAction(r => TranslationCommands.Table(Settings(r), r.GetValue(JsonOption), stdout, stderr));
        var confirm = new Command("confirm", "Record in a translation's front-matter that it matches its original as the original is now");
        confirm.Arguments.Add(FileArgument);
        confirm.Options.Add(RootOption);
        confirm.Options.Add(InputOption);
        confirm.Options.Add(FromOption);
        confirm.SetAction(r => TranslationCommands.Confirm(Settings(r), r.GetValue(FileArgument)!, r.GetValue(FromOption), stdout, stderr));
        translations.Subcommands.Add(confirm);

        var init = new Command("init", "Write a new site (site.yml, theme and strings, seeds/, input/, GitHub workflow, README) into an empty folder; it builds at once");
        init.Arguments.Add(FolderArgument);
        init.Options.Add(LanguagesOption);
        init.Options.Add(DirectionOption);
        init.SetAction(r => InitCommand.Run(r.GetValue(FolderArgument)!, r.GetValue(LanguagesOption)!, r.GetValue(DirectionOption) ?? [], stdout, stderr));

        var rootCommand = new RootCommand("briefing: builds a bilingual (Arabic RTL, English LTR) briefing site from raw seed texts");
        AddBuildOptions(rootCommand);
        rootCommand.Subcommands.Add(build);
        rootCommand.Subcommands.Add(import);
        rootCommand.Subcommands.Add(check);
        rootCommand.Subcommands.Add(serve);
        rootCommand.Subcommands.Add(translations);
        rootCommand.Subcommands.Add(init);
        rootCommand.SetAction(r => Commands.Build(Settings(r), stdout, stderr));
        return rootCommand;
    }

    private static void AddBuildOptions(Command command)
    {
        foreach (var option in new Option[] { RootOption, InputOption, OutputOption, BaseUrlOption, CleanOption, StrictOption, NoImportOption, ForceOption, VerboseOption })
        {
            command.Options.Add(option);
        }
    }

    private static CliSettings Settings(ParseResult result) => new(
        SitePaths.ForRoot(result.GetValue(RootOption) ?? ".", result.GetValue(InputOption), result.GetValue(OutputOption)),
        result.GetValue(BaseUrlOption),
        result.GetValue(CleanOption),
        result.GetValue(StrictOption),
        !result.GetValue(NoImportOption),
        result.GetValue(ForceOption),
        result.GetValue(VerboseOption));
}

/// <summary>Options shared by the commands, after parsing.</summary>
public sealed record CliSettings(SitePaths Paths, string? BaseUrl, bool Clean, bool Strict, bool Import, bool Force, bool Verbose);
