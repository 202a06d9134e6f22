using BriefingSite.Config;
using BriefingSite.Diagnostics;

namespace BriefingSite.Content;

/// <summary>
/// A page's Markdown text, read from its file again when it is needed rather than kept for the
/// whole build: the texts are most of an archive's size, and a build needs each one only to render
/// it and to index it. While something still holds the text last read (the renderer's parse cache
/// does, for the three pages that show a translated text), the same string is handed out again.
/// The text must be the one that was checked at load: a file changed during the build is an error
/// naming it, so nothing unchecked is published.
/// </summary>
public sealed class PageBody
{
    private readonly string? _path;
    private readonly string _file;
    private readonly int _length;
    private readonly int _hash;
    private readonly WeakReference<string> _last;
    private readonly string? _kept;

    private PageBody(string? path, string file, string text, bool keep)
    {
        _path = path;
        _file = file;
        _length = text.Length;
        _hash = text.GetHashCode(StringComparison.Ordinal);
        _last = new WeakReference<string>(text);
        _kept = keep ? text : null;
    }

    /// <summary>The body of the file at <paramref name="path"/> as it was checked, <paramref name="file"/> its display path.</summary>
    public static PageBody OfFile(string path, string file, string text) => new(path, file, text, keep: false);

    /// <summary>A body made in memory, with no file to read it again from: kept.</summary>
    public static PageBody InMemory(string text, string file = "(memory)") => new(null, file, text, keep: true);

    /// <summary>The text of a Markdown file below its front-matter, as a page shows it (bidi controls removed).</summary>
    public static string Extract(ReadOnlySpan<char> fileText, string file) => BidiControls.Strip(MarkdownFile.BodyOf(fileText, file));

    public string Text
    {
        get
        {
            if (_kept is not null)
            {
                return _kept;
            }

            if (_last.TryGetTarget(out var text))
            {
                return text;
            }

            text = ReadAgain();
            _last.SetTarget(text);
            return text;
        }
    }

    internal string ReadAgain()
    {
        string text;
        try
        {
            // Checked at load; a byte changed since then changes the text, which the comparison below catches.
            text = Utf8File.Read(_path!, _file, chars => Extract(chars, _file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SiteException)
        {
            throw new SiteException(_file, $"the file changed or went away while the site was being built ({ex.Message}); build again");
        }

        if (text.Length != _length || text.GetHashCode(StringComparison.Ordinal) != _hash)
        {
            throw new SiteException(_file, "the file changed while the site was being built; build again");
        }

        return text;
    }
}
