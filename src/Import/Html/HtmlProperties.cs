using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace BriefingSite.Import.Html;

/// <summary>
/// What a web page declares about itself: <c>&lt;meta&gt;</c> tags (Highwire <c>citation_*</c>,
/// JSON-LD <c>Article</c>/<c>NewsArticle</c>, Open Graph and <c>article:*</c>, Dublin Core
/// <c>dc.*</c>, <c>author</c>, <c>description</c>), the canonical link and <c>&lt;html lang&gt;</c>.
/// Earlier sources win: a citation tag is written for the document itself, while Open Graph is
/// written for sharing and often carries the site's name.
/// </summary>
public static class HtmlProperties
{
    /// <param name="heading">The page's printed title (its first <c>h1</c>), preferred to share titles.</param>
    public static DocumentProperties Read(IDocument document, string? heading)
    {
        var meta = MetaTags(document);
        var article = JsonLdArticle.Find(document);
        string? First(params string[] names) => names.Select(n => meta.GetValueOrDefault(n)?.FirstOrDefault()).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        var authors = meta.GetValueOrDefault("citation_author") ?? article?.Authors
            ?? meta.GetValueOrDefault("author") ?? meta.GetValueOrDefault("dc.creator") ?? meta.GetValueOrDefault("article:author");
        return new DocumentProperties
        {
            Title = First("citation_title") ?? article?.Headline ?? heading ?? First("og:title", "dc.title", "twitter:title") ?? Clean(document.Title),
            Authors = [.. (authors ?? []).Where(a => !a.Contains("://", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)],
            Date = new[] { First("citation_publication_date", "citation_date"), article?.Published, First("article:published_time", "dc.date", "dc.date.issued", "date") }
                .Select(ParseDate).FirstOrDefault(d => d is not null),
            Publisher = First("citation_publisher") ?? article?.Publisher ?? First("dc.publisher", "og:site_name"),
            Language = Clean(document.DocumentElement.GetAttribute("lang")) ?? First("og:locale", "dc.language", "content-language", "citation_language"),
            Summary = First("description", "og:description", "dc.description"),
            Url = HttpUrl(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? HttpUrl(First("og:url")),
        };
    }

    /// <summary>An ISO date (<c>2019-11-04</c>, <c>2019-11-04T10:00:00Z</c>) or a citation date (<c>2019/11/04</c>).</summary>
    public static DateOnly? ParseDate(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(text[..10].Replace('/', '-'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>Meta tags by lower-case name or property (<c>DC.title</c> and <c>dc.title</c> alike), values in page order.</summary>
    private static Dictionary<string, List<string>> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var content = Clean(meta.GetAttribute("content"));
            var keys = (meta.GetAttribute("name") + " " + meta.GetAttribute("property") + " " + meta.GetAttribute("http-equiv"))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var key in keys)
            {
                if (content is not null)
                {
                    var name = key.ToLowerInvariant();
                    (tags.TryGetValue(name, out var values) ? values : tags[name] = []).Add(content);
                }
            }
        }

        return tags;
    }

    private static string? HttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.ToString() : null;

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
