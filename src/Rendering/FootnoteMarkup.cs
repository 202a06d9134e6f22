using System.Text.RegularExpressions;

namespace BriefingSite.Rendering;

/// <summary>
/// Finishes Markdig's footnotes for readers: the list gets a heading in the page's language in
/// place of its bare rule, and each ↩ link an accessible name ("Back to note reference 3").
/// </summary>
public static partial class FootnoteMarkup
{
    public static string Finish(string html, Localiser local)
    {
        if (!html.Contains("class=\"footnotes\"", StringComparison.Ordinal))
        {
            return html;
        }

        var heading = "<div class=\"footnotes\" role=\"region\" aria-labelledby=\"footnotes-title\">\n<h2 id=\"footnotes-title\">"
            + HtmlText.Escape(local.Text("notes")) + "</h2>";
        html = html.Replace("<div class=\"footnotes\">\n<hr />", heading, StringComparison.Ordinal);
        var label = local.Text("back_to_note_reference");
        return BackLink().Replace(html, m =>
            $"<a href=\"#fnref:{m.Groups[1].Value}\" class=\"footnote-back-ref\" aria-label=\"{HtmlText.Escape(label.Replace("{n}", m.Groups[1].Value, StringComparison.Ordinal))}\">");
    }

    [GeneratedRegex("<a href=\"#fnref:([^\"]+)\" class=\"footnote-back-ref\">")]
    private static partial Regex BackLink();
}
