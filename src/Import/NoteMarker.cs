using System.Text.RegularExpressions;

namespace BriefingSite.Import;

/// <summary>
/// A linked note's place in the text while paragraphs are formed, as private-use characters
/// around its final number (<c>U+E000 3 U+E001</c>). Seed text cannot forge one (the importer
/// takes those characters out first) and Markdown escaping leaves it alone, so
/// <see cref="ToMarkdown"/> is the only step that writes <c>[^3]</c>, after the text is escaped.
/// </summary>
public static partial class NoteMarker
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static string Make(int number) => FormattableString.Invariant($"{Open}{number}{Close}");

    /// <summary>Seed text without the marker characters, so only the importer can place a marker.</summary>
    public static string Sanitize(string text) =>
        text.Contains(Open, StringComparison.Ordinal) || text.Contains(Close, StringComparison.Ordinal)
            ? text.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal)
            : text;

    /// <summary>Text without markers, for summaries and titles.</summary>
    public static string Strip(string text) => Marker().Replace(text, "");

    /// <summary>Writes each marker in already escaped text as a Markdown footnote reference, recording its number.</summary>
    public static string ToMarkdown(string escaped, ISet<int> used) =>
        Marker().Replace(escaped, m =>
        {
            var number = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            used.Add(number);
            return FormattableString.Invariant($"[^{number}]");
        });

    [GeneratedRegex("\uE000([0-9]+)\uE001")]
    private static partial Regex Marker();
}
