using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>Takes a credit line such as <c>—Translated from French by Kaveh Ehsani</c> or <c>ترجمة: فلان</c>.</summary>
public static partial class TranslatorReader
{
    public static string? Take(List<TextBlock> blocks)
    {
        var index = blocks.FindIndex(b => b.IsSingleLine && Credit().IsMatch(b.Text.Trim()));
        if (index < 0)
        {
            return null;
        }

        var translator = Credit().Match(blocks[index].Text.Trim()).Groups["name"].Value.Trim().TrimEnd('.');
        blocks.RemoveAt(index);
        return translator;
    }

    [GeneratedRegex(@"^[—–-]*\s*(Translated(\s+from\s+\w+)?(\s+into\s+\w+)?\s+by|ترجمة|ترجمه|نقله إلى العربية)\s*:?\s+(?<name>\S.{0,80})$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
