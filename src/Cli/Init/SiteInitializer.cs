using System.Reflection;
using System.Text;
using BriefingSite.Diagnostics;

namespace BriefingSite.Cli.Init;

/// <summary>
/// <c>briefing init &lt;folder&gt; --languages ar,en</c>: writes a new site that builds at once:
/// <c>site.yml</c>, the theme with a strings file per language, <c>seeds/</c>, an about page per
/// language in <c>input/</c>, the GitHub workflow, a tool manifest and a short README. Everything
/// comes from files bundled with the tool (<see cref="BundledFiles"/>), never from a checkout.
/// </summary>
public static class SiteInitializer
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <returns>The paths written, relative to <paramref name="folder"/>.</returns>
    public static IReadOnlyList<string> Create(string folder, IReadOnlyList<NewLanguage> languages)
    {
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            throw new SiteException(folder, "the folder is not empty; 'briefing init' writes a new site only into a new or empty folder");
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["site.yml"] = Utf8.GetBytes(SiteYmlMaker.Make(languages)),
            ["seeds/seeds.yml"] = BundledFiles.Read("new-site/seeds.yml"),
            [".gitignore"] = BundledFiles.Read("new-site/gitignore"),
            [".github/workflows/site.yml"] = BundledFiles.Read("new-site/workflow.yml"),
            [".config/dotnet-tools.json"] = Utf8.GetBytes(BundledFiles.ReadText("new-site/dotnet-tools.json").Replace("%VERSION%", Version, StringComparison.Ordinal)),
            ["README.md"] = Utf8.GetBytes(Readme(languages)),
        };
        foreach (var path in BundledFiles.Under("theme").Where(p => !p.StartsWith("i18n/", StringComparison.Ordinal)))
        {
            files["theme/" + path] = BundledFiles.Read("theme/" + path);
        }

        foreach (var language in languages)
        {
            files[$"theme/i18n/{language.Code}.yml"] = Utf8.GetBytes(StringsFileMaker.Make(language));
            files[$"input/{language.Code}/about.md"] = Utf8.GetBytes(AboutPage(language));
        }

        foreach (var (path, bytes) in files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        return [.. files.Keys];
    }

    /// <summary>The tool's version, which the new site's tool manifest pins.</summary>
    public static string Version =>
        (typeof(SiteInitializer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0").Split('+')[0];

    /// <summary>The about page in the language when a template has it; else the English one, marked for translation.</summary>
    private static string AboutPage(NewLanguage language)
    {
        var translated = BundledFiles.Exists($"new-site/about/{language.Code}.md");
        var lines = BundledFiles.ReadText($"new-site/about/{(translated ? language.Code : "en")}.md").ReplaceLineEndings("\n").Split('\n').ToList();
        var lang = lines.FindIndex(l => l.StartsWith("lang:", StringComparison.Ordinal));
        lines[lang] = "lang: " + language.Code;
        if (!translated)
        {
            lines.Insert(1, $"# TODO translate: this page is an English placeholder; write it in {language.EnglishName} ({language.Code}).");
        }

        return string.Join('\n', lines);
    }

    private static string Readme(IReadOnlyList<NewLanguage> languages) =>
        BundledFiles.ReadText("new-site/README.md")
            .Replace("%TITLE%", "Briefing site", StringComparison.Ordinal)
            .Replace("%LANGUAGES%", string.Join(", ", languages.Select(l => $"{l.EnglishName} ({l.Code}, {l.Direction})")), StringComparison.Ordinal)
            .Replace("%VERSION%", Version, StringComparison.Ordinal);
}
