namespace BriefingSite.Rendering;

/// <summary>
/// What the layout writes into <c>&lt;head&gt;</c> for discovery: canonical URL, language
/// alternates, feed link, Open Graph/Twitter fields and, on a briefing, Google Scholar's <c>citation_*</c> tags. URLs here are absolute (from
/// <c>base_url</c>) except <see cref="Feed"/>, which is relative like every other link.
/// </summary>
public sealed record HeadView(
    string Canonical,
    string? Description,
    string OgType,
    string Locale,
    IReadOnlyList<string> AlternateLocales,
    IReadOnlyList<AlternateLink> Alternates,
    string Feed,
    string? BaseHref,
    IReadOnlyList<Citations.MetaTag>? Scholar = null,
    ShareImage? Image = null);

/// <summary>The page's share card for <c>og:image</c> and <c>twitter:image</c>: an absolute URL and its size in pixels.</summary>
public sealed record ShareImage(string Url, int Width, int Height);

/// <summary>One <c>&lt;link rel="alternate" hreflang&gt;</c>: a language code (or <c>x-default</c>) and an absolute URL.</summary>
public sealed record AlternateLink(string Hreflang, string Url);
