using System.Text.RegularExpressions;

namespace BriefingSite.Config;

/// <summary>
/// The one rule for every name that becomes part of a path or URL (page slugs, topic ids,
/// language codes): lowercase ASCII letters and digits in hyphen-separated runs.
/// </summary>
public static partial class SlugRule
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
