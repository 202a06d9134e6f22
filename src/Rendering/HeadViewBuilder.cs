using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// Builds the <see cref="HeadView"/> of a route: its absolute canonical URL, an alternate per
/// language twin plus <c>x-default</c> (the twin in the default language), and Open Graph data.
/// </summary>
public sealed class HeadViewBuilder(RouteTable routes)
{
    private readonly SiteConfig _config = routes.Site.Config;

    public HeadView Build(Route route)
    {
        var language = route.Language;
        return new HeadView(
            SiteUrls.Absolute(_config.BaseUrl, route.OutputPath),
            route.Page?.Meta.Summary,
            route.Kind == RouteKind.Briefing ? "article" : "website",
            Locale(language),
            [.. _config.Languages.Where(l => l.Code != language.Code).Select(Locale)],
            Alternates(route),
            SiteUrls.Relative(route.OutputPath, SiteUrls.Feed(route.Language.Code)),
            // GitHub Pages serves 404.html for any missing path, at any depth: only an absolute
            // base keeps its links and stylesheet working there.
            route.Kind == RouteKind.NotFound ? SiteUrls.BaseWithSlash(_config.BaseUrl) : null,
            route.Kind == RouteKind.Briefing ? Citations.ScholarTags.For(Citations.CitationRecord.Of(route.Page!, _config.BaseUrl)) : null,
            // Social sites fetch og:image by itself, so it must be absolute; base_url is always one (site.yml requires it).
            _config.ShareCards.Enabled
                ? new ShareImage(SiteUrls.Absolute(_config.BaseUrl, Cards.CardPaths.For(route, _config.DefaultLanguage)), Cards.CardPainter.Width, Cards.CardPainter.Height)
                : null);
    }

    /// <summary>Every language version of the route (itself included) and x-default; empty when it has no twin.</summary>
    public IReadOnlyList<AlternateLink> Alternates(Route route)
    {
        var twins = _config.Languages
            .Select(l => (Language: l.Code, Twin: routes.TwinOf(route, l)))
            .Where(t => t.Twin is not null)
            .ToList();
        if (twins.Count < 2)
        {
            return [];
        }

        var links = twins.Select(t => new AlternateLink(t.Language, SiteUrls.Absolute(_config.BaseUrl, t.Twin!.OutputPath))).ToList();
        var fallback = twins.FirstOrDefault(t => t.Language == _config.DefaultLanguage).Twin ?? twins[0].Twin!;
        links.Add(new AlternateLink("x-default", SiteUrls.Absolute(_config.BaseUrl, fallback.OutputPath)));
        return links;
    }

    private static string Locale(LanguageConfig language) =>
        (language.Culture.Length > 0 ? language.Culture : language.Code).Replace('-', '_');
}
