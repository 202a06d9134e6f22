namespace BriefingSite.Config;

/// <summary>What a URL in content is, for the one policy every stage applies to addresses that become links.</summary>
public enum UrlKind
{
    /// <summary>A path or fragment inside the site (checked by the link check).</summary>
    Relative,

    /// <summary>An <c>http(s)://</c> address with a host, <c>//host</c>, <c>mailto:</c>, <c>tel:</c>, or an image's <c>data:image/</c>.</summary>
    External,

    /// <summary>Anything else: a script-capable or unknown scheme, or control characters a browser would strip.</summary>
    Unsafe,
}

/// <summary>
/// The one URL policy for every address that becomes a link: front-matter, <c>seeds.yml</c>,
/// seed text, Markdown links, raw HTML attributes and the link check all ask it. Allowed:
/// relative paths and fragments, <c>http://</c> and <c>https://</c> with a host, <c>mailto:</c>,
/// <c>tel:</c>, and for images <c>data:image/</c> (not SVG). Everything else is unsafe,
/// including any control character, raw or percent-encoded (<c>%0a</c>), since browsers strip
/// some of them from a scheme (<c>java&#9;script:</c>) and they have no place in an address.
/// </summary>
public static class UrlPolicy
{
    public static bool IsSafe(string url, bool image = false) => Classify(url, image) != UrlKind.Unsafe;

    public static UrlKind Classify(string url, bool image = false)
    {
        if (HasControl(url))
        {
            return UrlKind.Unsafe;
        }

        // Browsers drop leading and trailing spaces and read '\' as '/' in web addresses.
        var address = url.Trim(' ').Replace('\\', '/');
        if (address.StartsWith("//", StringComparison.Ordinal))
        {
            return address.Length > 2 && address[2] != '/' ? UrlKind.External : UrlKind.Unsafe;
        }

        var scheme = SchemeOf(address);
        if (scheme is null)
        {
            return UrlKind.Relative;
        }

        var rest = address[(scheme.Length + 1)..];
        return scheme.ToLowerInvariant() switch
        {
            "http" or "https" => rest.StartsWith("//", StringComparison.Ordinal) && rest.Length > 2 && rest[2] is not ('/' or '?' or '#')
                ? UrlKind.External
                : UrlKind.Unsafe,
            "mailto" or "tel" => UrlKind.External,
            "data" when image && rest.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("image/svg", StringComparison.OrdinalIgnoreCase) => UrlKind.External,
            _ => UrlKind.Unsafe,
        };
    }

    /// <summary>The scheme as a URL parser reads it (a letter, then letters, digits, '+', '-', '.', up to ':'), or null.</summary>
    private static string? SchemeOf(string address)
    {
        var colon = address.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(address[0]))
        {
            return null;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(address[i]) && address[i] is not ('+' or '-' or '.'))
            {
                return null;
            }
        }

        return address[..colon];
    }

    /// <summary>A C0 or C1 control, DEL, a line or paragraph separator, or one of them percent-encoded.</summary>
    private static bool HasControl(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return true;
            }

            if (c == '%' && i + 2 < url.Length && IsEncodedControl(url[i + 1], url[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEncodedControl(char high, char low) =>
        char.IsAsciiHexDigit(low) && (high is '0' or '1' || (high == '7' && low is 'f' or 'F'));
}
