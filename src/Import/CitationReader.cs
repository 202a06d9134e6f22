using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Takes the source's own "how to cite" block: a label (<c>How to cite this article:</c>,
/// <c>للاقتباس:</c>) followed by the citation on the same line or in the next block.
/// </summary>
public static partial class CitationReader
{
    public static Citation? Take(List<TextBlock> blocks)
    {
        var label = blocks.FindIndex(b => b.IsSingleLine && Label().IsMatch(b.Text));
        if (label < 0)
        {
            return null;
        }

        var rest = Label().Match(blocks[label].Text).Groups["rest"].Value.Trim();
        if (rest.Length > 0)
        {
            blocks.RemoveAt(label);
            return Citation.Parse(rest);
        }

        if (label + 1 >= blocks.Count)
        {
            return null;
        }

        var text = blocks[label + 1].Text;
        blocks.RemoveRange(label, 2);
        return Citation.Parse(text);
    }

    [GeneratedRegex(@"^(How to cite( this (article|paper|report|briefing))?|Cite (this( article)?|as)|Citation|للاقتباس|كيفية الاقتباس|طريقة الاقتباس|يُقتبس كالآتي)\s*:\s*(?<rest>.*)$|^(How to cite( this (article|paper|report|briefing))?|للاقتباس|كيفية الاقتباس)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
