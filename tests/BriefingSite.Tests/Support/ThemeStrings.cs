using YamlDotNet.Serialization;

namespace BriefingSite.Tests.Support;

/// <summary>The theme's UI strings of one language, read from <c>theme/i18n/&lt;lang&gt;.yml</c>, so tests compare pages with the files.</summary>
public static class ThemeStrings
{
    public static string Get(string language, string key) =>
        new Deserializer().Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "i18n", language + ".yml")))[key];
}
