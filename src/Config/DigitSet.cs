namespace BriefingSite.Config;

/// <summary>
/// The digit sets a language can print dates, counts and reading times in, named as CSS names the
/// same counter styles (so <c>ol</c> numbering can follow): CLDR's <c>latn</c>, <c>arab</c> and
/// <c>arabext</c> numbering systems.
/// </summary>
public static class DigitSet
{
    /// <summary>0123456789, where neither site.yml nor the built-in data says otherwise.</summary>
    public const string Western = "western";

    /// <summary>٠١٢٣٤٥٦٧٨٩ (CLDR <c>arab</c>).</summary>
    public const string ArabicIndic = "arabic-indic";

    /// <summary>۰۱۲۳۴۵۶۷۸۹, Extended Arabic-Indic (CLDR <c>arabext</c>), as Persian writes them.</summary>
    public const string Persian = "persian";

    public static IReadOnlyList<string> Names { get; } = [Western, ArabicIndic, Persian];

    /// <summary>The set's digit zero; the other nine follow it in Unicode.</summary>
    public static char Zero(string name) => name switch
    {
        ArabicIndic => '\u0660',
        Persian => '\u06F0',
        _ => '0',
    };
}
