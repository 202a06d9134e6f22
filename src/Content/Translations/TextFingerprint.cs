using System.Security.Cryptography;
using System.Text;

namespace BriefingSite.Content.Translations;

/// <summary>
/// The fingerprint a translation records of its original: SHA-256 of the title and the Markdown
/// body, normalised so that only a change a reader could see counts (line endings, trailing
/// spaces, blank-line runs, bidi controls and the edges of the text do not).
/// </summary>
public static class TextFingerprint
{
    public static string Of(string title, string markdown)
    {
        var lines = BidiControls.Strip(markdown).ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        var text = new StringBuilder(BidiControls.Strip(title).Trim()).Append("\n\n");
        var blank = false;
        foreach (var line in lines.SkipWhile(l => l.Length == 0))
        {
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            if (blank)
            {
                text.Append('\n');
                blank = false;
            }

            text.Append(line).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Of a loaded page: what its translations record.</summary>
    public static string Of(Page page) => Of(page.Meta.Title, page.Markdown);
}
