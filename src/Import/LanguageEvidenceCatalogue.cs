using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// The detection evidence shipped with the program (embedded from
/// <c>src/Import/Data/language-evidence.yml</c>); a regional code falls back to its language,
/// as the built-in language data does.
/// </summary>
public static class LanguageEvidenceCatalogue
{
    private static readonly BuiltInLanguageTable<LanguageEvidence> Shipped = new("BriefingSite.Import.language-evidence.yml", "language-evidence.yml (built in)");

    /// <summary>Codes with evidence, in order.</summary>
    public static IEnumerable<string> Codes => Shipped.Codes;

    /// <summary>The evidence for a language code, or its base language's; null when there is none.</summary>
    public static LanguageEvidence? Find(string code) => Shipped.Find(code);
}
