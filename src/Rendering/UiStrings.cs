using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Rendering;

/// <summary>
/// The interface text of each language, from <c>theme/i18n/&lt;lang&gt;.yml</c>. No UI string
/// lives in C# or in templates; every language must define every key the first one does.
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

    public static UiStrings Load(SitePaths paths, SiteConfig config)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, string>>();
        var files = new Dictionary<string, string>();
        foreach (var language in config.Languages)
        {
            var path = Path.Combine(paths.Theme, "i18n", language.Code + ".yml");
            var file = paths.Display(path);
            if (!File.Exists(path))
            {
                throw new SiteException(file, $"UI strings for language '{language.Code}' not found; copy theme/i18n/en.yml and translate it");
            }

            files[language.Code] = file;
            byLanguage[language.Code] = YamlLoader.Load<Dictionary<string, string>>(Utf8File.Read(path, file), file);
        }

        CheckSameKeys(paths, config, byLanguage);
        return new UiStrings(byLanguage, files);
    }

    private static void CheckSameKeys(SitePaths paths, SiteConfig config, Dictionary<string, Dictionary<string, string>> byLanguage)
    {
        var reference = config.Languages[0].Code;
        foreach (var language in config.Languages.Skip(1))
        {
            var missing = byLanguage[reference].Keys.Except(byLanguage[language.Code].Keys).Order(StringComparer.Ordinal).ToList();
            var extra = byLanguage[language.Code].Keys.Except(byLanguage[reference].Keys).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                var file = paths.Display(Path.Combine(paths.Theme, "i18n", language.Code + ".yml"));
                var what = string.Join("; ", new[] { missing.Count > 0 ? "missing " + string.Join(", ", missing) : "", extra.Count > 0 ? "not in " + reference + ".yml: " + string.Join(", ", extra) : "" }.Where(s => s.Length > 0));
                throw new SiteException(file, $"UI strings differ from {reference}.yml: {what}");
            }
        }
    }
}
