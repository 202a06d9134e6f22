using System.Text.RegularExpressions;

namespace BriefingSite.Config;

/// <summary>
/// The one rule for every name that becomes part of a path or URL (page slugs, topic ids,
/// language codes): lowercase ASCII letters and digits in hyphen-separated runs.
/// </summary>
public static partial class SlugRule
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    /// <summary>
    /// A page slug may also be written in the page's own script (<c>import: slugs: native</c>):
    /// lowercase or caseless letters and digits of any script in hyphen-separated runs, nothing
    /// that could split a path or hide in a file name (no dots, slashes, marks, joiners or controls).
    /// </summary>
    public static bool IsValidPageSlug(string text) => Pattern().IsMatch(text) || NativePattern().IsMatch(text);

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}]+(-[\p{Ll}\p{Lo}\p{Nd}]+)*$")]
    private static partial Regex NativePattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
