using System.Text;
using AnyAscii;

namespace BriefingSite.Import;

/// <summary>
/// Makes readable, stable ASCII slugs (<c>the-new-landscape-of-iranian-politics</c>):
/// transliterates any script, then keeps only <c>[a-z0-9-]</c>.
/// </summary>
public static class SlugMaker
{
    public const int MaxLength = 80;

    public static string Make(string text)
    {
        var ascii = text.Transliterate().ToLowerInvariant();
        var slug = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(c);
                pendingHyphen = false;
            }
            else if (c is not ('\'' or '`'))
            {
                // Apostrophes inside a word (transliterated ayn, hamza, "Iran's") join rather than split.
                pendingHyphen = true;
            }
        }

        return Trim(slug.ToString());
    }

    private static string Trim(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
