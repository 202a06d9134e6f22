using System.Globalization;
using System.Text;

namespace BriefingSite.Import.Docx;

/// <summary>
/// Writes a list counter as Word shows it for a numbering format (<c>w:numFmt</c>): decimal,
/// Arabic-Indic digits (<c>hindiNumbers</c>), Latin letters and Roman numerals in either case,
/// and the Arabic alphabetical (أ ب ت ث) and abjad (أ ب ج د) orders. Null for a bullet or a
/// format the importer does not write (which then reads as a bullet).
/// </summary>
public static class DocxListLabel
{
    private const string ArabicAlpha = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private const string ArabicAbjad = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ";

    public static string? Format(string format, int value) => format switch
    {
        "decimal" or "decimalZero" => format == "decimalZero" && value < 10 ? "0" + Digits(value) : Digits(value),
        "hindiNumbers" => ArabicIndic(value),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "arabicAlpha" => Cycle(ArabicAlpha, value),
        "arabicAbjad" => Cycle(ArabicAbjad, value),
        _ => null,
    };

    /// <summary>Whether the format counts in digits (the importer keeps such items numbered).</summary>
    public static bool IsDigits(string format) => format is "decimal" or "decimalZero" or "hindiNumbers";

    private static string Digits(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ArabicIndic(int value) =>
        string.Concat(Digits(value).Select(d => (char)('\u0660' + (d - '0'))));

    /// <summary>a … z, then aa … zz as Word counts on.</summary>
    private static string Letters(int value, char first) =>
        value < 1 ? Digits(value) : new string((char)(first + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string? Cycle(string letters, int value) =>
        value < 1 ? null : new string(letters[(value - 1) % letters.Length], ((value - 1) / letters.Length) + 1);

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return Digits(value);
        }

        (int Value, string Numeral)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var roman = new StringBuilder();
        foreach (var (amount, numeral) in numerals)
        {
            while (value >= amount)
            {
                roman.Append(numeral);
                value -= amount;
            }
        }

        return roman.ToString();
    }
}
