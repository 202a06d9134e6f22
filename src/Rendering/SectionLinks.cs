using System.Text.RegularExpressions;

namespace BriefingSite.Rendering;

/// <summary>
/// Gives each section heading (h2, h3) of a briefing's text a "#" link to itself, so a reader can
/// copy the section's address; <c>theme/assets/reader.js</c> copies it to the clipboard, and without
/// script it is an ordinary link. Its accessible name comes from the strings file.
/// </summary>
public static partial class SectionLinks
{
    /// <param name="html">The rendered text before the notes get their heading: only Markdown's headings carry ids here.</param>
    public static string Add(string html, Localiser local)
    {
        var label = HtmlText.Escape(local.Text("section_link"));
        return Heading().Replace(html, m =>
            $"{m.Groups[1].Value}{m.Groups[4].Value} <a class=\"section-link\" href=\"#{m.Groups[3].Value}\" aria-label=\"{label}\">#</a></h{m.Groups[2].Value}>");
    }

    [GeneratedRegex("(<h([23]) id=\"([^\"]+)\">)(.*?)</h\\2>", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
