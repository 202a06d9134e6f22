using System.Text;
using System.Text.RegularExpressions;

namespace BriefingSite.Import.Html;

/// <summary>
/// A web page's bytes as text: by byte order mark, else by the charset its head declares
/// (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>, as saved pages carry), else as
/// <see cref="SeedReader"/> reads a text seed (UTF-8, then windows-1256 or windows-1252).
/// </summary>
public static partial class HtmlDecoder
{
    private const int SniffBytes = 4096;

    public static (string Text, string Encoding) Decode(byte[] bytes, string displayName)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return SeedReader.Decode(bytes, displayName);
        }

        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes));
        if (DeclaredCharset().Match(head) is { Success: true } match && Named(match.Groups["name"].Value) is { } declared
            && declared.CodePage != Encoding.UTF8.CodePage && declared.CodePage != Encoding.ASCII.CodePage)
        {
            return (declared.GetString(bytes), declared.WebName);
        }

        return SeedReader.Decode(bytes, displayName);
    }

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding? Named(string name)
    {
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();
}
