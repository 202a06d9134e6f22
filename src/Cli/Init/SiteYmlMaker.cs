using System.Globalization;
using System.Text;
using BriefingSite.Config;

namespace BriefingSite.Cli.Init;

/// <summary>
/// The <c>site.yml</c> of a new site: its languages (the first is the default), no topics yet, and
/// the importer's settings (page furniture patterns, note headings) as this tool's own site uses them.
/// </summary>
public static class SiteYmlMaker
{
    public static string Make(IReadOnlyList<NewLanguage> languages)
    {
        var text = new StringBuilder("""
            # Site settings (see README.md). Direction and date culture are per language, never guessed.
            # Absolute URLs (canonical links, feeds, sitemap) start from base_url; the GitHub workflow
            # overrides it with --base-url for GitHub Pages.
            base_url: https://example.org/

            """.ReplaceLineEndings("\n"));
        text.Append(CultureInfo.InvariantCulture, $"default_language: {languages[0].Code}\n");
        text.Append("""
            # Latest briefings on a language home; briefings per page of a listing; entries per Atom feed.
            home_list_limit: 20
            list_page_size: 20
            feed_limit: 50
            # A translation whose original changed after it was confirmed is a warning; 'strict' makes
            # it fail 'briefing build --strict' too.
            stale_translations: advisory

            # script: the letters that identify the language in seeds (arabic, latin, cyrillic, ...);
            # culture: .NET culture for dates; digits (western, arabic-indic or persian) default to the
            # language's usual ones.
            languages:

            """.ReplaceLineEndings("\n"));
        foreach (var language in languages)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - code: {language.Code}\n");
            text.Append(CultureInfo.InvariantCulture, $"    name: {language.Name}\n");
            text.Append(CultureInfo.InvariantCulture, $"    direction: {language.Direction}\n");
            text.Append(CultureInfo.InvariantCulture, $"    script: {language.Script}\n");
            text.Append(CultureInfo.InvariantCulture, $"    culture: {language.Culture}{(language.KnownCulture ? "" : "          # TODO: this system has no data for the language; dates use English names")}\n");
            text.Append("    date_format: d MMMM yyyy\n");
            text.Append("    words_per_minute: 200\n");
            if (LanguageCatalogue.Find(language.Code) is null)
            {
                // The built-in language data cannot complete this entry: placeholders that build, marked.
                text.Append("    plurals: {}          # TODO: its CLDR plural rules, e.g. { one: \"n = 1\" }; {} gives one form for every number\n");
                var names = string.Join(", ", languages.Where(l => l != language).Select(l => $"{l.Code}: {l.EnglishName}"));
                text.Append(CultureInfo.InvariantCulture, $"    names: {{ {names} }}          # TODO translate: the other languages' names in this one\n");
            }
        }

        text.Append("""

            # Topics: an id, a label per language, and keywords the importer looks for, for example
            #   - id: elections
            #     labels: { en: Elections }
            #     keywords: { en: [election, elections, ballot] }
            topics: []


            """.ReplaceLineEndings("\n"));
        text.Append(ImportSection());
        return text.ToString();
    }

    /// <summary>The <c>import:</c> block of the site.yml bundled with the tool, to its end or the next top-level key.</summary>
    private static string ImportSection()
    {
        var lines = BundledFiles.ReadText("site.yml").ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, "import:");
        var end = Array.FindIndex(lines, start + 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && !l.StartsWith('#'));
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]).TrimEnd('\n') + "\n";
    }
}
