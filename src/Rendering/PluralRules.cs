namespace BriefingSite.Rendering;

/// <summary>
/// CLDR plural categories for cardinal numbers, so counts read naturally: Arabic has six forms
/// (دقيقة واحدة، دقيقتان، ٣ دقائق، ١١ دقيقة), English two. The words live in theme/i18n.
/// </summary>
public static class PluralRules
{
    public static IReadOnlyList<string> Categories { get; } = ["zero", "one", "two", "few", "many", "other"];

    public static string Category(string language, int n) => language switch
    {
        "ar" => Arabic(n),
        _ => n == 1 ? "one" : "other",
    };

    private static string Arabic(int n)
    {
        var lastTwo = n % 100;
        return n switch
        {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ when lastTwo is >= 3 and <= 10 => "few",
            _ when lastTwo is >= 11 and <= 99 => "many",
            _ => "other",
        };
    }
}
