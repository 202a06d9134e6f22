namespace BriefingSite.Rendering;

/// <summary>
/// Relative links between output files, so the site works from file:// and under any sub-path.
/// Links always name a file (<c>ar/index.html</c>), never a folder.
/// </summary>
public static class RelativeUrl
{
    /// <param name="from">Site-relative path of the page holding the link (<c>ar/briefings/x.html</c>).</param>
    /// <param name="to">Site-relative path of the target (<c>en/index.html</c>).</param>
    public static string Between(string from, string to)
    {
        var fromParts = from.Split('/');
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length - 1 && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        var ups = fromParts.Length - 1 - common;
        return string.Concat(Enumerable.Repeat("../", ups)) + string.Join('/', toParts[common..]);
    }
}
