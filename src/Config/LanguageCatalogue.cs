namespace BriefingSite.Config;

/// <summary>
/// The language data shipped with the program (CLDR names and plural rules, embedded from
/// <c>src/Config/Data/languages.yml</c>); a regional code falls back to its language.
/// </summary>
public static class LanguageCatalogue
{
    /// <summary>How the built-in data file is named in messages.</summary>
    public const string FileName = "languages.yml (built in)";

    private static readonly BuiltInLanguageTable<LanguageData> Shipped = new("BriefingSite.Config.languages.yml", FileName);

    /// <summary>Codes the built-in data knows, in order.</summary>
    public static IEnumerable<string> Codes => Shipped.Codes;

    /// <summary>The data for a site language code, or its base language's; null when CLDR data here has neither.</summary>
    public static LanguageData? Find(string code) => Shipped.Find(code);
}
