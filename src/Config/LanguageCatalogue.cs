namespace BriefingSite.Config;

/// <summary>
/// The language data shipped with the program (CLDR names and plural rules, embedded from
/// <c>src/Config/Data/languages.yml</c>), read once. A regional code (<c>ar-iq</c>) falls back
/// to its language (<c>ar</c>), as CLDR's own inheritance does.
/// </summary>
public static class LanguageCatalogue
{
    /// <summary>How the built-in data file is named in messages.</summary>
    public const string FileName = "languages.yml (built in)";

    private static readonly Lazy<Dictionary<string, LanguageData>> Shipped = new(Load);

    /// <summary>Codes the built-in data knows, in order.</summary>
    public static IEnumerable<string> Codes => Shipped.Value.Keys.Order(StringComparer.Ordinal);

    /// <summary>The data for a site language code, or its base language's; null when CLDR data here has neither.</summary>
    public static LanguageData? Find(string code)
    {
        var data = Shipped.Value;
        if (data.TryGetValue(code, out var exact))
        {
            return exact;
        }

        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && data.TryGetValue(code[..dash], out var general) ? general : null;
    }

    private static Dictionary<string, LanguageData> Load()
    {
        using var stream = typeof(LanguageCatalogue).Assembly.GetManifestResourceStream("BriefingSite.Config.languages.yml")
            ?? throw new InvalidOperationException("the built-in language data is missing from the program");
        using var reader = new StreamReader(stream);
        return YamlLoader.Load<Dictionary<string, LanguageData>>(reader.ReadToEnd(), FileName);
    }
}
