using BriefingSite.Content;

namespace BriefingSite.Rendering.Cards;

/// <summary>
/// Which share card each page shows (the paths themselves come from <see cref="Content.SiteUrls.Card"/>): a briefing's
/// card beside it (<c>ar/briefings/x.card.png</c>), one card per listing for all its pages
/// (<c>en/topics/iraq.card.png</c>), the language home's card for the pages that have none of
/// their own (about, search, not found) and for the root page (the default language's).
/// </summary>
public static class CardPaths
{
    /// <summary>The site-relative path of the card <paramref name="route"/> shows.</summary>
    public static string For(Route route, string defaultLanguage) => route.Kind switch
    {
        RouteKind.Briefing or RouteKind.SideBySide => SiteUrls.Card(route.Page!.OutputPath),
        RouteKind.BriefingIndex or RouteKind.Topic => SiteUrls.Card(SiteUrls.Listing(route.Language.Code, route.Listing!.Topic?.Id, 1)),
        RouteKind.TopicIndex => SiteUrls.Card(route.OutputPath),
        RouteKind.Root => SiteUrls.Card(SiteUrls.Home(defaultLanguage)),
        _ => SiteUrls.Card(SiteUrls.Home(route.Language.Code)),
    };

    /// <summary>Whether <paramref name="route"/> is the page a card is drawn from (the others point at one of these).</summary>
    public static bool Draws(Route route) =>
        route.Kind is RouteKind.Briefing or RouteKind.Home or RouteKind.TopicIndex
        || route.Kind is RouteKind.BriefingIndex or RouteKind.Topic && route.PageNumber == 1;

}
