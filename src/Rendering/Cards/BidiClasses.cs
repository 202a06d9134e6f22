using System.Globalization;

namespace BriefingSite.Rendering.Cards;

/// <summary>
/// The bidi class of a UTF-16 character, from its Unicode block and category. .NET has no bidi
/// class table; these ranges cover the scripts a card meets (Arabic-script and Hebrew letters
/// right-to-left, every other letter left-to-right, digits and marks by their own rules).
/// </summary>
public static class BidiClasses
{
    public static BidiClass Of(char c)
    {
        if (c is >= '0' and <= '9' || c is >= '\u06F0' and <= '\u06F9')
        {
            return BidiClass.EuropeanNumber;
        }

        if (c is >= '\u0660' and <= '\u0669' || c is '\u066B' or '\u066C')
        {
            return BidiClass.ArabicNumber;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return BidiClass.Mark;
        }

        if (IsRightToLeftBlock(c))
        {
            // The Arabic comma separates numbers (CS); the other Arabic punctuation (؛ ؟) is
            // strong right-to-left in UAX #9 (class AL).
            return c == '\u060C' || category is UnicodeCategory.SpaceSeparator ? BidiClass.Neutral : BidiClass.Right;
        }

        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber
            ? BidiClass.Left
            : BidiClass.Neutral;
    }

    /// <summary>Whether the character is in a block written right to left (Hebrew, Arabic, Syriac, Thaana, NKo, their presentation forms).</summary>
    public static bool IsRightToLeftBlock(char c) =>
        c is >= '\u0590' and <= '\u08FF' || c is >= '\uFB1D' and <= '\uFDFF' || c is >= '\uFE70' and <= '\uFEFE';

    /// <summary>Whether the text has an Arabic-script letter (it then wants the Arabic font first).</summary>
    public static bool HasArabicScript(string text) =>
        text.Any(c => c is >= '\u0600' and <= '\u06FF' || c is >= '\u0750' and <= '\u077F' || c is >= '\u08A0' and <= '\u08FF' || c is >= '\uFB50' and <= '\uFDFF' || c is >= '\uFE70' and <= '\uFEFE');
}
