using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// pdftotext joins a word that a line-end hyphen broke and drops the hyphen, even inside a
/// compound ("Close-" / "Ended" becomes "CloseEnded", "Ultra-" / "Deepwater" "UltraDeepwater").
/// A word with a capital inside gets its hyphen back when the text writes the same compound with
/// a hyphen elsewhere ("close-ended"), as a line-end hyphen is dropped only when the text shows the
/// joined word. Scripts without case (Arabic, Persian) never show the glued form, so are left alone.
/// </summary>
public static partial class LostHyphens
{
    /// <param name="nodes">The body's nodes.</param>
    /// <param name="text">The whole seed text, where the hyphenated compounds are looked for.</param>
    public static List<BodyNode> Restore(IReadOnlyList<BodyNode> nodes, string text)
    {
        var compounds = Compounds(text);
        return compounds.Count == 0
            ? [.. nodes]
            : [.. nodes.Select(node => node is TableNode ? node : node with { Text = Restore(node.Text, compounds) })];
    }

    /// <summary>The hyphenated compounds the text writes, in lower case ("close-ended").</summary>
    public static HashSet<string> Compounds(string text) =>
        Compound().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public static string Restore(string line, IReadOnlySet<string> compounds) => Glued().Replace(line, match =>
    {
        var hyphenated = match.Groups[1].Value + "-" + match.Groups[2].Value;
        return compounds.Contains(hyphenated.ToLowerInvariant()) ? hyphenated : match.Value;
    });

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])\p{L}+-\p{L}+(?![\p{L}\p{N}-])")]
    private static partial Regex Compound();

    /// <summary>A word of two capitalised parts ("CloseEnded") or a lower-case part and a capitalised one ("extraHeavy").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(\p{Lu}?\p{Ll}+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])")]
    private static partial Regex Glued();
}
