using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Undoes what a visual-order extractor (pdftotext on a right-to-left page) does to an Arabic-script
/// line, where the fault cannot be a writer's: a comma or stop glued to the next word after the
/// space ("عباس ،حيث" for "عباس، حيث"), a number's space moved to its other side ("عام  1999تم"
/// for "عام 1999 تم", or " 12أيار" at a line's start), and a lam-alef ligature with hamza or madda
/// decomposed backwards ("األمريكية" for "الأمريكية": no Arabic word has an alef before a hamza-alef).
/// </summary>
public static partial class RtlVisualOrderRepair
{
    public static string Fix(string text)
    {
        var fixedText = PunctuationGluedAfter().Replace(text, "$1 ");
        fixedText = NumberSpaceMoved().Replace(fixedText, " $1 ");
        fixedText = LineStartNumberSpaceMoved().Replace(fixedText, "$1 ");
        return LamAlefReversed().Replace(fixedText, "ال$1");
    }

    private const string Letter = @"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]";

    [GeneratedRegex(@"(?<=" + Letter + @"[\u064B-\u0652]*) ([.,،؛:])(?=" + Letter + ")")]
    private static partial Regex PunctuationGluedAfter();

    [GeneratedRegex(@"(?<=" + Letter + @"[\u064B-\u0652]*) {2}(\d+(?:[.,/]\d+)*)(?=" + Letter + ")")]
    private static partial Regex NumberSpaceMoved();

    [GeneratedRegex(@"^ (\d+(?:[.,/]\d+)*)(?=" + Letter + ")", RegexOptions.Multiline)]
    private static partial Regex LineStartNumberSpaceMoved();

    [GeneratedRegex(@"ا([أإآ])ل")]
    private static partial Regex LamAlefReversed();
}
