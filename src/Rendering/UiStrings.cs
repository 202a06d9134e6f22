using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Rendering;

/// <summary>
/// The interface text of each language, from <c>theme/i18n/&lt;lang&gt;.yml</c>. No UI string
/// lives in C# or in templates. Every language defines every key the first one does, and each
/// count (<c>reading_time_*</c>) in the plural forms its own CLDR rules use; a missing string is
/// an error naming the file and the key.
/// </summary>
public sealed class UiStrings
{
    private readonly Dictionary<string, Dictionary<string, string>> _byLanguage;
    private readonly Dictionary<string, string> _files;

    private UiStrings(Dictionary<string, Dictionary<string, string>> byLanguage, Dictionary<string, string> files) =>
        (_byLanguage, _files) = (byLanguage, files);

    public IReadOnlyDictionary<string, string> For(string language) => _byLanguage[language];

    public string Get(string language, string key) =>
        _byLanguage[language].TryGetValue(key, out var value)
            ? value
            : throw new SiteException(_files[language], $"UI string '{key}' is used by the site but missing here; add it (and to every language's file)");

    /// <summary>The strings file of a language, as messages name it.</summary>
    public static string FileOf(SitePaths paths, LanguageConfig language) =>
        paths.Display(Path.Combine(paths.Theme, "i18n", language.Code + ".yml"));

    public static UiStrings Load(SitePaths paths, SiteConfig config)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, string>>();
        var files = new Dictionary<string, string>();
        foreach (var language in config.Languages)
        {
            var path = Path.Combine(paths.Theme, "i18n", language.Code + ".yml");
            var file = FileOf(paths, language);
            if (!File.Exists(path))
            {
                throw new SiteException(file, $"UI strings for language '{language.Code}' not found; copy theme/i18n/en.yml and translate it");
            }

            files[language.Code] = file;
            byLanguage[language.Code] = YamlLoader.Load<Dictionary<string, string>>(Utf8File.Read(path, file), file);
        }

        CheckKeys(config, byLanguage, files);
        return new UiStrings(byLanguage, files);
    }

    /// <summary>
    /// Plain keys must match the first language's file; a count (a key with an <c>_other</c> form)
    /// needs each form the language's plural rules give, and may keep forms they never give.
    /// </summary>
    private static void CheckKeys(SiteConfig config, Dictionary<string, Dictionary<string, string>> byLanguage, Dictionary<string, string> files)
    {
        var reference = config.Languages[0].Code;
        var counts = byLanguage.Values.SelectMany(s => s.Keys)
            .Where(k => k.EndsWith("_other", StringComparison.Ordinal))
            .Select(k => k[..^"_other".Length])
            .ToHashSet(StringComparer.Ordinal);
        bool IsCountForm(string key) => PluralRule.AllCategories.Any(c => key.EndsWith("_" + c, StringComparison.Ordinal) && counts.Contains(key[..^(c.Length + 1)]));
        var plainKeys = byLanguage[reference].Keys.Where(k => !IsCountForm(k)).ToHashSet(StringComparer.Ordinal);

        foreach (var language in config.Languages)
        {
            var strings = byLanguage[language.Code];
            var required = plainKeys.Concat(counts.SelectMany(c => language.Plural.Categories.Select(form => $"{c}_{form}")));
            var missing = required.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            var extra = strings.Keys.Where(k => !IsCountForm(k) && !plainKeys.Contains(k)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                var what = string.Join("; ", new[]
                {
                    missing.Count > 0 ? "missing " + string.Join(", ", missing) : "",
                    extra.Count > 0 ? $"not in {reference}.yml: " + string.Join(", ", extra) : "",
                }.Where(s => s.Length > 0));
                var forms = $"{language.Code} counts take the plural forms {string.Join(", ", language.Plural.Categories)}";
                throw new SiteException(files[language.Code], $"UI strings differ from {reference}.yml: {what} ({forms})");
            }
        }
    }
}
