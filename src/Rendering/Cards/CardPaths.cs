namespace BriefingSite.Rendering.Cards;

/// <summary>
/// Where each page's share card is published. The one place card paths are made: a briefing's
/// card beside it (<c>ar/briefings/x.card.png</c>), one card per listing for all its pages
/// (<c>en/topics/iraq.card.png</c>), the language home's card for the pages that have none of
/// their own (about, search, not found) and for the root page (the default language's).
/// </summary>
public static class CardPaths
{
    public const string Suffix = ".card.png";

    /// <summary>The site-relative path of the card <paramref name="route"/> shows.</summary>
    public static string For(Route route, string defaultLanguage) => route.Kind switch
    {
        RouteKind.Briefing or RouteKind.SideBySide => Beside(route.Page!.OutputPath),
        RouteKind.BriefingIndex or RouteKind.Topic => Beside(route.Listing!.PathOf(1)),
        RouteKind.TopicIndex => Beside(route.OutputPath),
        RouteKind.Root => Home(defaultLanguage),
        _ => Home(route.Language),
    };

    /// <summary>Whether <paramref name="route"/> is the page a card is drawn from (the others point at one of these).</summary>
    public static bool Draws(Route route) =>
        route.Kind is RouteKind.Briefing or RouteKind.Home or RouteKind.TopicIndex
        || route.Kind is RouteKind.BriefingIndex or RouteKind.Topic && route.PageNumber == 1;

    private static string Home(string language) => $"{language}/index{Suffix}";

    private static string Beside(string htmlPath) =>
        (htmlPath.EndsWith(".html", StringComparison.Ordinal) ? htmlPath[..^5] : htmlPath) + Suffix;
}
