using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>Takes a credit line such as <c>—Translated from French by Kaveh Ehsani</c> or <c>ترجمة: فلان</c>.</summary>
public static partial class TranslatorReader
{
    public static string? Take(List<TextBlock> blocks) => TakeCredit(blocks)?.Name;

    /// <summary>The credit with the language it names ("Translated from French by …"), removed from the blocks.</summary>
    public static TranslatorCredit? TakeCredit(List<TextBlock> blocks)
    {
        var index = blocks.FindIndex(b => b.IsSingleLine && Credit().IsMatch(b.Text.Trim()));
        if (index < 0)
        {
            return null;
        }

        var match = Credit().Match(blocks[index].Text.Trim());
        blocks.RemoveAt(index);
        var from = match.Groups["from"].Success ? match.Groups["from"].Value : null;
        return new TranslatorCredit(match.Groups["name"].Value.Trim().TrimEnd('.'), from);
    }

    [GeneratedRegex(@"^[—–-]*\s*(Translated(\s+from\s+(?<from>\w+))?(\s+into\s+\w+)?\s+by|ترجمة|ترجمه|نقله إلى العربية)\s*:?\s+(?<name>\S.{0,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
