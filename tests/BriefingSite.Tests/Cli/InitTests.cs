using AngleSharp.Html.Parser;
using BriefingSite.Cli.Init;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Cli;

/// <summary>
/// Given <c>briefing init &lt;folder&gt; --languages …</c>, the new site builds at once (strictly, as
/// its workflow does), every page carries its language and direction, and languages the theme
/// does not know get English placeholders marked for translation.
/// </summary>
public sealed class InitTests
{
    [Fact]
    public void An_arabic_and_english_site_builds_at_once_with_the_theme_translations()
    {
        using var site = TempSite.Empty();
        var folder = Path.Combine(site.Root, "new-site");

        var (code, output, errors) = CliRunner.Run("init", folder, "--languages", "ar,en");

        Assert.True(code == 0, errors);
        Assert.Contains("Created a site in", output, StringComparison.Ordinal);
        foreach (var file in new[] { "site.yml", "seeds/seeds.yml", "input/ar/about.md", "input/en/about.md", ".github/workflows/site.yml", "README.md", ".config/dotnet-tools.json", "theme/layouts/layout.sbn", "theme/assets/style.css" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        // Languages the theme knows get its own translations, not placeholders.
        Assert.Equal(Keys(Path.Combine(RepoPaths.Root, "theme/i18n/ar.yml")), Keys(Path.Combine(folder, "theme/i18n/ar.yml")));
        Assert.Contains("nav_home: الرئيسية", File.ReadAllText(Path.Combine(folder, "theme/i18n/ar.yml")), StringComparison.Ordinal);
        Assert.DoesNotContain("TODO", File.ReadAllText(Path.Combine(folder, "theme/i18n/ar.yml")), StringComparison.Ordinal);
        Assert.Contains("title: عن الموقع", File.ReadAllText(Path.Combine(folder, "input/ar/about.md")), StringComparison.Ordinal);

        var pages = BuildAndCheckDirections(folder, new() { ["ar"] = "rtl", ["en"] = "ltr" });
        Assert.Contains("ar/about.html", pages);
        Assert.Contains("en/about.html", pages);
    }

    [Fact]
    public void A_persian_english_and_kurdish_site_builds_with_placeholders_marked_for_translation()
    {
        using var site = TempSite.Empty();
        var folder = Path.Combine(site.Root, "three");

        var (code, output, errors) = CliRunner.Run("init", folder, "--languages", "fa,en,ku");

        Assert.True(code == 0, errors);
        Assert.Contains("theme/i18n/ku.yml and input/ku/about.md hold English placeholders", output, StringComparison.Ordinal);
        var kurdish = File.ReadAllText(Path.Combine(folder, "theme/i18n/ku.yml"));
        Assert.StartsWith("# TODO translate: English placeholders for Kurdish (ku)", kurdish, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "theme/i18n/fa.yml")), File.ReadAllText(Path.Combine(folder, "theme/i18n/fa.yml")));
        Assert.Contains("# TODO translate: this page is an English placeholder", File.ReadAllText(Path.Combine(folder, "input/ku/about.md")), StringComparison.Ordinal);
        Assert.Contains("default_language: fa", File.ReadAllText(Path.Combine(folder, "site.yml")), StringComparison.Ordinal);

        // Direction comes from the system's CLDR data: Persian right to left, Kurdish (Latin letters) left to right.
        var pages = BuildAndCheckDirections(folder, new() { ["fa"] = "rtl", ["en"] = "ltr", ["ku"] = "ltr" });
        Assert.Contains("ku/about.html", pages);
    }

    [Fact]
    public void A_direction_can_be_given_for_a_language_the_data_writes_otherwise_or_does_not_know()
    {
        using var site = TempSite.Empty();
        var folder = Path.Combine(site.Root, "sorani");

        var (code, _, errors) = CliRunner.Run("init", folder, "--languages", "ku,en,zz", "--direction", "ku=rtl", "--direction", "zz=ltr");

        Assert.True(code == 0, errors);
        BuildAndCheckDirections(folder, new() { ["ku"] = "rtl", ["en"] = "ltr", ["zz"] = "ltr" });
    }

    [Fact]
    public void An_unknown_language_without_a_direction_and_a_non_empty_folder_are_refused()
    {
        using var site = TempSite.Empty();
        var (code, _, errors) = CliRunner.Run("init", Path.Combine(site.Root, "new"), "--languages", "zz,en");
        Assert.Equal(2, code);
        Assert.Contains("--languages: error: language 'zz' is not known to this system's language data; give its direction with --direction zz=rtl (or ltr)", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "new")));

        site.Write("existing/notes.txt", "mine");
        (code, _, errors) = CliRunner.Run("init", Path.Combine(site.Root, "existing"), "--languages", "ar,en");
        Assert.Equal(2, code);
        Assert.Contains("existing: error: the folder is not empty", errors, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(site.Root, "existing")).Select(Path.GetFileName));
    }

    [Fact]
    public void The_theme_travels_inside_the_tool_byte_for_byte()
    {
        var theme = Path.Combine(RepoPaths.Root, "theme");
        var files = Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(theme, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(files, BundledFiles.Under("theme"));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(theme, f)), BundledFiles.Read("theme/" + f)));
    }

    /// <summary>Builds strictly in-process (links are validated by the build) and checks <c>lang</c> and <c>dir</c> of every page; returns the pages.</summary>
    private static List<string> BuildAndCheckDirections(string folder, Dictionary<string, string> directions)
    {
        var (code, output, errors) = CliRunner.Run("build", "--root", folder, "--strict");
        Assert.True(code == 0, output + errors);
        var outputFolder = Path.Combine(folder, "output");
        var pages = Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputFolder, f).Replace('\\', '/'))
            .ToList();
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var html = parser.ParseDocument(File.ReadAllText(Path.Combine(outputFolder, page))).DocumentElement;
            var lang = html.GetAttribute("lang");
            Assert.False(string.IsNullOrEmpty(lang), page);
            Assert.False(string.IsNullOrEmpty(html.GetAttribute("dir")), page);
            var language = page.Split('/')[0];
            if (directions.TryGetValue(language, out var direction))
            {
                Assert.Equal(language, lang);
                Assert.Equal(direction, html.GetAttribute("dir"));
            }
        }

        return pages;
    }

    private static List<string> Keys(string file) =>
        [.. File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(':')[0]).Order(StringComparer.Ordinal)];
}
