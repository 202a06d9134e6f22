using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// The detection evidence shipped with the program (embedded from
/// <c>src/Import/Data/language-evidence.yml</c>), read once. A regional code (<c>ar-iq</c>)
/// falls back to its language (<c>ar</c>), as the built-in language data does.
/// </summary>
public static class LanguageEvidenceCatalogue
{
    private const string FileName = "language-evidence.yml (built in)";

    private static readonly Lazy<Dictionary<string, LanguageEvidence>> Shipped = new(Load);

    /// <summary>Codes with evidence, in order.</summary>
    public static IEnumerable<string> Codes => Shipped.Value.Keys.Order(StringComparer.Ordinal);

    /// <summary>The evidence for a language code, or its base language's; null when there is none.</summary>
    public static LanguageEvidence? Find(string code)
    {
        var data = Shipped.Value;
        if (data.TryGetValue(code, out var exact))
        {
            return exact;
        }

        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && data.TryGetValue(code[..dash], out var general) ? general : null;
    }

    private static Dictionary<string, LanguageEvidence> Load()
    {
        using var stream = typeof(LanguageEvidenceCatalogue).Assembly.GetManifestResourceStream("BriefingSite.Import.language-evidence.yml")
            ?? throw new InvalidOperationException("the built-in language evidence is missing from the program");
        using var reader = new StreamReader(stream);
        return YamlLoader.Load<Dictionary<string, LanguageEvidence>>(reader.ReadToEnd(), FileName);
    }
}
