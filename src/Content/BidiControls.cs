namespace BriefingSite.Content;

/// <summary>
/// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
/// In content they can visually reorder a title or a URL ("Trojan Source"), so they are removed
/// and reported; the theme isolates text of unknown direction with &lt;bdi&gt; instead.
/// </summary>
public static class BidiControls
{
    public static bool IsControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static bool Contains(string? text) => text is not null && text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') >= 0 | text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') >= 0;

    public static string Strip(string text) => Contains(text) ? string.Concat(text.Where(c => !IsControl(c))) : text;
}
