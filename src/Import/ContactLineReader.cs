using System.Text.RegularExpressions;
using BriefingSite.Config;

namespace BriefingSite.Import;

/// <summary>
/// Takes out blocks made only of a web address, an e-mail address or a copyright line
/// (<c>www.example.org</c>, <c>info@example.org</c>, <c>© 2023</c>, <c>حقوق النشر محفوظة</c>).
/// A bare host name becomes an absolute <c>https://</c> URL, since templates link it; an address
/// <see cref="UrlPolicy"/> refuses is not taken.
/// </summary>
public static partial class ContactLineReader
{
    public static ContactInfo Take(List<TextBlock> blocks)
    {
        string? url = null, email = null, copyright = null;
        blocks.RemoveAll(block =>
        {
            var lines = block.Lines.Select(l => l.Trim()).ToList();
            if (!lines.All(l => Url().IsMatch(l) || Email().IsMatch(l) || IsCopyright(l)))
            {
                return false;
            }

            foreach (var line in lines)
            {
                if (Email().IsMatch(line))
                {
                    email ??= line.Replace("mailto:", "", StringComparison.OrdinalIgnoreCase);
                }
                else if (Url().IsMatch(line))
                {
                    url ??= Absolute(line);
                }
                else
                {
                    copyright ??= line;
                }
            }

            return true;
        });

        var year = copyright is null ? null : Year().Match(copyright) is { Success: true } m ? BodyNodeReader.ParseNumber(m.Value) : (int?)null;
        return new ContactInfo(url, email, copyright, year);
    }

    /// <summary>
    /// <c>www.example.org</c> → <c>https://www.example.org</c>; an <c>http(s)://</c> address is kept.
    /// Null when the result is not an external address <see cref="UrlPolicy"/> allows (another scheme, control characters).
    /// </summary>
    public static string? Absolute(string address)
    {
        // A stop or comma after an address ends the sentence around it; no address ends in one.
        address = address.Trim().TrimEnd('.', ',', ';', ':');
        var absolute = UrlPolicy.Classify(address) == UrlKind.Relative ? "https://" + address : address;
        var web = absolute.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || absolute.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        return web && UrlPolicy.Classify(absolute) == UrlKind.External ? absolute : null;
    }

    /// <summary>A copyright mark with a holder or year beside it: "(c)" alone is a list item's letter.</summary>
    private static bool IsCopyright(string line) =>
        Copyright().IsMatch(line) && HeadingDetector.WordCount(line) <= 15 && Copyright().Replace(line, "").Any(char.IsLetterOrDigit);

    [GeneratedRegex(@"^(https?://\S+|www\.[\w-]+(\.[\w-]+)+(/\S*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(mailto:)?[\w.+-]+@[\w-]+(\.[\w-]+)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    [GeneratedRegex(@"(©|\(c\)|^Copyright\b|حقوق (النشر|الطبع)|جميع الحقوق محفوظة)", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Year();
}
