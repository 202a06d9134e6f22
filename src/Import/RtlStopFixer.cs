using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// pdftotext puts the full stop of an Arabic-script sentence that ends in a number before the
/// number, inside the number's left-to-right run ("حتى عام ‪.2005‬"): the stop goes back after the
/// number, so the line ends its sentence and is not taken for a heading. Lines without Arabic
/// letters keep their decimals (".5").
/// </summary>
public static partial class RtlStopFixer
{
    public static string Fix(string text) => StopBeforeNumber().Replace(text, "$1.");

    [GeneratedRegex(@"(?<=\p{IsArabic}[^\n]*\s)\.(\d{1,4})(?=[ \t]*\r?$)", RegexOptions.Multiline)]
    private static partial Regex StopBeforeNumber();
}
