using BriefingSite.Diagnostics;

namespace BriefingSite.Config;

/// <summary>Reads and checks <c>site.yml</c>; a bad setting is an error naming the file.</summary>
public static class SiteConfigLoader
{
    /// <summary>The most briefings any one list (a listing page, the home, a feed) may be set to hold.</summary>
    public const int MaximumListLength = 1000;

    public static SiteConfig Load(SitePaths paths)
    {
        var file = paths.Display(paths.ConfigFile);
        if (!File.Exists(paths.ConfigFile))
        {
            throw new SiteException(file, $"site configuration not found; create {SitePaths.ConfigFileName} at the site root (see README)");
        }

        var config = YamlLoader.Load<SiteConfig>(Utf8File.Read(paths.ConfigFile, file), file);
        Validate(config, file);
        return config with { Languages = LanguageResolver.Resolve(config.Languages, file) };
    }

    private static void Validate(SiteConfig config, string file)
    {
        if (config.Languages.Count == 0)
        {
            throw new SiteException(file, "no languages configured under 'languages'");
        }

        if (config.Import.Slugs is not (ImportConfig.LatinSlugs or ImportConfig.NativeSlugs))
        {
            throw new SiteException(file, $"import: slugs must be 'latin' or 'native', not '{config.Import.Slugs}'");
        }

        var duplicate = config.Languages.GroupBy(l => l.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SiteException(file, $"language '{duplicate.Key}' is configured twice");
        }

        if (!config.HasLanguage(config.DefaultLanguage))
        {
            throw new SiteException(file, $"default_language '{config.DefaultLanguage}' is not one of the configured languages ({string.Join(", ", config.Languages.Select(l => l.Code))})");
        }

        if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out _))
        {
            throw new SiteException(file, $"base_url '{config.BaseUrl}' must be an absolute URL such as https://example.org/briefings/");
        }

        if (config.StaleTranslations is not ("advisory" or "strict"))
        {
            throw new SiteException(file, $"stale_translations must be 'advisory' or 'strict', not '{config.StaleTranslations}'");
        }

        ValidateCount("home_list_limit", config.HomeListLimit, file);
        ValidateCount("list_page_size", config.ListPageSize, file);
        ValidateCount("feed_limit", config.FeedLimit, file);
        foreach (var topic in config.Topics)
        {
            if (!SlugRule.IsValid(topic.Id))
            {
                throw new SiteException(file, $"topic id '{topic.Id}' must be lowercase ASCII letters, digits and hyphens");
            }
        }

        foreach (var pattern in config.Import.Boilerplate)
        {
            ValidatePattern(pattern, file);
        }

        foreach (var heading in config.Import.NoteHeadings)
        {
            ValidatePattern(new BoilerplatePattern { Name = "note_headings", Pattern = heading, Scope = "line" }, file);
        }

        ValidateNotesHeading(config.Import, file);
    }

    /// <summary>Each written notes heading must be one the note rules recognise, or the notes would stay in the text.</summary>
    private static void ValidateNotesHeading(ImportConfig import, string file)
    {
        if (!import.NotesHeading.ContainsKey(ImportConfig.DefaultKey))
        {
            throw new SiteException(file, $"import 'notes_heading' needs a '{ImportConfig.DefaultKey}' entry, used for languages without one of their own");
        }

        foreach (var (language, heading) in import.NotesHeading)
        {
            var matched = import.NoteHeadings.Any(pattern => System.Text.RegularExpressions.Regex.IsMatch(heading, $"^(?:{pattern})$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
            if (!matched)
            {
                throw new SiteException(file, $"import 'notes_heading' for '{language}': '{heading}' matches none of 'note_headings', so notes written under it would not be read as notes");
            }
        }
    }

    /// <summary>An import pattern: a known scope and a regular expression that compiles.</summary>
    private static void ValidatePattern(BoilerplatePattern pattern, string file)
    {
        if (!BoilerplatePattern.Scopes.Contains(pattern.Scope))
        {
            throw new SiteException(file, $"import '{pattern.Name}': scope must be one of {string.Join(", ", BoilerplatePattern.Scopes)}, not '{pattern.Scope}'");
        }

        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern.Pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            throw new SiteException(file, $"import '{pattern.Name}': '{pattern.Pattern}' is not a valid regular expression ({ex.Message})");
        }
    }

    /// <summary>A list length: at least one, and small enough that a page stays a page.</summary>
    private static void ValidateCount(string key, int value, string file)
    {
        if (value is < 1 or > MaximumListLength)
        {
            throw new SiteException(file, $"{key} must be a whole number from 1 to {MaximumListLength}, not {value}");
        }
    }
}
