using System.Globalization;

namespace BriefingSite.Import.Pdf;

/// <summary>
/// The bidirectional type of a character, from the Unicode ranges that briefings use (Latin,
/// Arabic and Persian, Hebrew) and the general category for the rest.
/// </summary>
internal static class BidiClassifier
{
    public static BidiClass Classify(char c) => c switch
    {
        >= '0' and <= '9' => BidiClass.EN,
        '+' or '-' or '\u2212' => BidiClass.ES,
        '#' or '$' or '%' or '\u00B0' or '\u00B1' or '\u066A' or '\u2030' or '\u2031' => BidiClass.ET,
        ',' or '.' or '/' or ':' or '\u00A0' or '\u060C' or '\u202F' => BidiClass.CS,
        '\t' => BidiClass.S,
        '\u200B' or '\u200C' or '\u200D' or '\u00AD' or '\uFEFF' => BidiClass.BN,
        >= '\u0660' and <= '\u0669' or '\u066B' or '\u066C' or >= '\u0600' and <= '\u0605' => BidiClass.AN,
        >= '\u06F0' and <= '\u06F9' => BidiClass.EN,
        >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06DC' or >= '\u06DF' and <= '\u06E4' or '\u06E7' or '\u06E8' or >= '\u06EA' and <= '\u06ED' => BidiClass.NSM,
        >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F' => BidiClass.R,
        >= '\u0600' and <= '\u07BF' or >= '\u0860' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE' => BidiClass.AL,
        _ => ByCategory(c),
    };

    public static bool IsStrongRightToLeft(BidiClass type) => type is BidiClass.R or BidiClass.AL;

    private static BidiClass ByCategory(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.LetterNumber => BidiClass.L,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => BidiClass.NSM,
        UnicodeCategory.CurrencySymbol => BidiClass.ET,
        UnicodeCategory.SpaceSeparator => BidiClass.WS,
        UnicodeCategory.Format or UnicodeCategory.Control => BidiClass.BN,
        _ => BidiClass.ON,
    };
}
