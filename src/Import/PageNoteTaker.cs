using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// Takes out page notes marked with an asterisk (<c>* Graduate student …</c>) that a page
/// break left in the middle of the text, so the paragraph around them can be joined again.
/// A note is only taken when some line carries its marker (<c>Name *</c>); otherwise an
/// asterisk line is just a bullet.
/// </summary>
public static partial class PageNoteTaker
{
    public static List<string> Take(List<TextBlock> blocks)
    {
        if (!blocks.Any(b => b.Lines.Any(l => MarkedLine().IsMatch(l))))
        {
            return [];
        }

        var notes = new List<string>();
        blocks.RemoveAll(block =>
        {
            if (block.Lines.Count > 2 || !Note().IsMatch(block.Lines[0]))
            {
                return false;
            }

            notes.Add(BodyNodeReader.JoinWrapped([Note().Match(block.Lines[0]).Groups["text"].Value, .. block.Lines.Skip(1)]));
            return true;
        });
        return notes;
    }

    /// <summary>True when <paramref name="line"/> ends with a note marker, as an author line does.</summary>
    public static bool IsMarked(string line) => MarkedLine().IsMatch(line);

    /// <summary>The line without its trailing note marker.</summary>
    public static string Unmarked(string line) => MarkedLine().Replace(line, "").Trim();

    [GeneratedRegex(@"^\s*(\*{1,3}|\(\*\))\s+(?<text>\S.*)$")]
    private static partial Regex Note();

    [GeneratedRegex(@"(?<=\S)\s*(\*{1,3}|\(\*\))\s*$")]
    private static partial Regex MarkedLine();
}
