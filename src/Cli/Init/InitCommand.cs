using BriefingSite.Diagnostics;

namespace BriefingSite.Cli.Init;

/// <summary>Runs <c>briefing init</c>: resolves the languages, writes the site, and says what to do next.</summary>
public static class InitCommand
{
    public static int Run(string folder, string languages, IReadOnlyList<string> directions, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var codes = languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var resolved = NewLanguage.Resolve(codes, Directions(directions));
            var written = SiteInitializer.Create(Path.GetFullPath(folder), resolved);
            stdout.WriteLine($"Created a site in {folder} ({written.Count} files) in {string.Join(", ", resolved.Select(l => $"{l.Code} ({l.Direction})"))}.");
            foreach (var placeholder in resolved.Where(l => !StringsFileMaker.Knows(l.Code)))
            {
                stdout.WriteLine($"  theme/i18n/{placeholder.Code}.yml and input/{placeholder.Code}/about.md hold English placeholders marked '# TODO translate'.");
            }

            stdout.WriteLine($"Next: briefing build --root {folder}  (then open {folder}/output/index.html)");
            return CommandLine.Success;
        }
        catch (SiteException ex)
        {
            stderr.WriteLine(ex.Diagnostic.ToString());
            return CommandLine.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{folder}: error: cannot write the site: {ex.Message}");
            return CommandLine.ContentError;
        }
    }

    /// <summary><c>ku=rtl</c> pairs from <c>--direction</c>.</summary>
    private static Dictionary<string, string> Directions(IReadOnlyList<string> values)
    {
        var directions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new SiteException("--direction", $"'{value}' must be written code=rtl or code=ltr, such as ku=rtl");
            }

            directions[parts[0]] = parts[1];
        }

        return directions;
    }
}
