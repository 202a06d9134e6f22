using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// Every page the site will have, computed once from the <see cref="Site"/>, and the
/// language twin of each (the same page in another language), for the switcher and hreflang.
/// Paths come from <see cref="SiteUrls"/>; a twin is the same route (kind, topic, page number)
/// asked of it in another language.
/// </summary>
public sealed class RouteTable
{
    private readonly Dictionary<string, Route> _byPath;

    public RouteTable(Site site)
    {
        Site = site;
        var pageSize = site.Config.ListPageSize;
        var defaultLanguage = site.Config.Language(site.Config.DefaultLanguage);
        var routes = new List<Route>
        {
            new(SiteUrls.Root, RouteKind.Root, defaultLanguage),
            new(SiteUrls.NotFound, RouteKind.NotFound, defaultLanguage),
        };
        foreach (var language in site.Languages)
        {
            var code = language.Code;
            routes.Add(new(SiteUrls.Home(code), RouteKind.Home, language));
            routes.AddRange(Pages(new Listing(RouteKind.BriefingIndex, language, null, site.BriefingsIn(language), pageSize)));
            routes.Add(new(SiteUrls.TopicIndex(code), RouteKind.TopicIndex, language));
            routes.Add(new(SiteUrls.Search(code), RouteKind.Search, language));
            foreach (var topic in site.UsedTopics)
            {
                var onTopic = site.BriefingsOnTopic(topic.Id).Where(p => p.Language == language).ToList();
                routes.AddRange(Pages(new Listing(RouteKind.Topic, language, topic, onTopic, pageSize)));
            }
        }

        routes.AddRange(site.Pages.Select(p => new Route(SiteUrls.Of(p), p.Kind == PageKind.Briefing ? RouteKind.Briefing : RouteKind.Page, p.Language, p)));
        routes.AddRange(site.Pages
            .Where(p => p.Kind == PageKind.Briefing && site.Languages.Any(l => site.TranslationOf(p, l) is not null))
            .Select(p => new Route(SiteUrls.SideBySide(p), RouteKind.SideBySide, p.Language, p)));
        All = routes;
        _byPath = routes.ToDictionary(r => r.OutputPath, StringComparer.Ordinal);
    }

    private RouteTable(Site site, IReadOnlyList<Route> all, Dictionary<string, Route> byPath)
    {
        Site = site;
        All = all;
        _byPath = byPath;
    }

    public Site Site { get; }

    public IReadOnlyList<Route> All { get; }

    public Route? Find(string outputPath) => _byPath.GetValueOrDefault(outputPath);

    /// <summary>The language home, which always exists.</summary>
    public Route Home(string language) => _byPath[SiteUrls.Home(language)];

    /// <summary>
    /// The same page in <paramref name="language"/>, or null when there is none. Page N of a
    /// listing has a twin only where the other language's listing has an N-th page too.
    /// </summary>
    public Route? TwinOf(Route route, LanguageConfig language)
    {
        if (route.Language == language)
        {
            return route;
        }

        return route.Kind switch
        {
            RouteKind.Home => Find(SiteUrls.Home(language.Code)),
            RouteKind.TopicIndex => Find(SiteUrls.TopicIndex(language.Code)),
            RouteKind.Search => Find(SiteUrls.Search(language.Code)),
            RouteKind.BriefingIndex or RouteKind.Topic => ListingPage(route, route.PageNumber, language),
            RouteKind.Briefing => Site.TranslationOf(route.Page!, language) is { } twin ? Find(SiteUrls.Of(twin)) : null,
            RouteKind.SideBySide => Site.TranslationOf(route.Page!, language) is { } twin ? Find(SiteUrls.SideBySide(twin)) : null,
            RouteKind.Page => Site.FixedPage(language, route.Page!.Slug) is { } twin ? Find(SiteUrls.Of(twin)) : null,
            _ => null,
        };
    }

    /// <summary>
    /// Where the language switcher leads from <paramref name="route"/>: its twin, else (for a
    /// later page of a listing) the first page of the same listing in <paramref name="language"/>,
    /// else null.
    /// </summary>
    public Route? NearestIn(Route route, LanguageConfig language) =>
        TwinOf(route, language) ?? (route.Listing is not null ? ListingPage(route, 1, language) : null);

    /// <summary>
    /// Page <paramref name="number"/> of the listing <paramref name="route"/> is a page of (the
    /// briefing index or the same topic) in <paramref name="language"/>, or null when that listing
    /// has fewer pages.
    /// </summary>
    public Route? ListingPage(Route route, int number, LanguageConfig language) =>
        Find(SiteUrls.Listing(language.Code, route.Topic?.Id, number));

    /// <summary>
    /// The routes of <paramref name="site"/>, made from this table's site by edits that keep every page's
    /// place (<see cref="PagePlace"/>, old page to new by reference): the same routes, the edited pages and
    /// the listings showing them swapped in, without making every path and listing again (serve's update).
    /// </summary>
    public RouteTable Replacing(Site site, IReadOnlyDictionary<Page, Page> edited)
    {
        var byReference = new Dictionary<Page, Page>(edited, ReferenceEqualityComparer.Instance);
        var listings = new Dictionary<Listing, Listing>(ReferenceEqualityComparer.Instance);
        var byPath = new Dictionary<string, Route>(_byPath, StringComparer.Ordinal);
        var all = new Route[All.Count];
        for (var i = 0; i < all.Length; i++)
        {
            var route = All[i];
            var page = route.Page is { } own ? byReference.GetValueOrDefault(own) ?? own : null;
            var listing = route.Listing is { } shown ? Swapped(shown, byReference, listings) : null;
            all[i] = ReferenceEquals(page, route.Page) && ReferenceEquals(listing, route.Listing) ? route : route with { Page = page, Listing = listing };
            if (!ReferenceEquals(all[i], route))
            {
                byPath[route.OutputPath] = all[i];
            }
        }

        return new RouteTable(site, all, byPath);
    }

    /// <summary>The listing with edited briefings swapped in; the same listing when it shows none.</summary>
    private static Listing Swapped(Listing listing, Dictionary<Page, Page> edited, Dictionary<Listing, Listing> done)
    {
        if (!done.TryGetValue(listing, out var swapped))
        {
            swapped = listing.Briefings.Any(edited.ContainsKey)
                ? listing with { Briefings = [.. listing.Briefings.Select(p => edited.GetValueOrDefault(p) ?? p)] }
                : listing;
            done[listing] = swapped;
        }

        return swapped;
    }

    /// <summary>One route per page of a listing.</summary>
    private static IEnumerable<Route> Pages(Listing listing) =>
        Enumerable.Range(1, listing.PageCount).Select(n =>
            new Route(SiteUrls.Listing(listing.Language.Code, listing.Topic?.Id, n), listing.Kind, listing.Language, Topic: listing.Topic, Listing: listing, PageNumber: n));
}
