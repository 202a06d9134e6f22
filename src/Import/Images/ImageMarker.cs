using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Import.Images;

/// <summary>
/// A kept image's place in the seed text, a line of its own: private-use characters around its
/// index in <see cref="SeedText.Images"/> (<c>U+E002 0 U+E003</c>), as <see cref="NoteMarker"/>
/// does for notes. The readers take these characters out of the document's own text, so only
/// they can place one, and <see cref="ToMarkdown"/> alone writes the Markdown image, after the
/// text is escaped.
/// </summary>
public static partial class ImageMarker
{
    public const char Open = '\uE002';
    public const char Close = '\uE003';

    public static string Make(int index) => FormattableString.Invariant($"{Open}{index}{Close}");

    /// <summary>Document text without the marker characters.</summary>
    public static string Sanitize(string text) =>
        text.Contains(Open, StringComparison.Ordinal) || text.Contains(Close, StringComparison.Ordinal)
            ? text.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal)
            : text;

    /// <summary>Text without markers, for summaries and word counts.</summary>
    public static string Strip(string text) => Marker().Replace(text, "");

    /// <summary>True when the text is nothing but one or more markers.</summary>
    public static bool IsOnlyImages(string text) => text.Contains(Open, StringComparison.Ordinal) && Strip(text).Trim().Length == 0;

    /// <summary>Each marker in already escaped text replaced by what <paramref name="write"/> makes of its index.</summary>
    public static string ToMarkdown(string escaped, Func<int, string> write) =>
        escaped.Contains(Open, StringComparison.Ordinal)
            ? Marker().Replace(escaped, m => write(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            : escaped;

    [GeneratedRegex("\uE002([0-9]{1,6})\uE003")]
    private static partial Regex Marker();
}
