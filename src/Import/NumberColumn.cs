using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// A bare number in a column of bare numbers (a chart's axis ticks, a contents page's page
/// column, a table's figures as pdftotext writes them, one a line): not a lone page number, but
/// words of the text. A page number stands alone: the lines next to it are text or nothing.
/// </summary>
public static partial class NumberColumn
{
    /// <summary>Blank lines allowed between two numbers of one column (pdftotext -layout spaces ticks out).</summary>
    private const int MaxGap = 1;

    /// <summary>True when the line is a bare number and the nearest line with text before or after it is one too.</summary>
    public static bool Contains(IReadOnlyList<string> lines, int index) =>
        IsBare(lines[index]) && (IsBare(Nearest(lines, index, -1)) || IsBare(Nearest(lines, index, 1)));

    private static string? Nearest(IReadOnlyList<string> lines, int index, int step)
    {
        for (var (i, gap) = (index + step, 0); i >= 0 && i < lines.Count && gap <= MaxGap; i += step, gap++)
        {
            if (lines[i].Contains('\f', StringComparison.Ordinal))
            {
                return null; // a page edge ends any column
            }

            if (lines[i].Trim().Length > 0)
            {
                return lines[i];
            }
        }

        return null;
    }

    private static bool IsBare(string? line) => line is not null && Bare().IsMatch(line.Trim());

    [GeneratedRegex(@"^\p{Nd}{1,4}$")]
    private static partial Regex Bare();
}
