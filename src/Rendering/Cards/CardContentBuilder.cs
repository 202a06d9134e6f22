using BriefingSite.Content;

namespace BriefingSite.Rendering.Cards;

/// <summary>
/// What a route's card shows, in its language: a briefing's title, publisher and date (as its
/// page shows the date); a listing's name; on a home, the site's tagline as the title.
/// </summary>
public sealed class CardContentBuilder(Site site, UiStrings strings)
{
    private readonly Dictionary<string, Localiser> _localisers = site.Languages.ToDictionary(l => l.Code, l => new Localiser(l, strings));

    /// <summary><c>https://example.org/briefings/</c> → <c>example.org/briefings</c>.</summary>
    public static string Address(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? (uri.Host + uri.AbsolutePath).TrimEnd('/') : baseUrl;

    public CardContent Build(Route route)
    {
        var local = _localisers[route.Language.Code];
        var rtl = local.Language.IsRightToLeft;
        var siteName = local.Text("site_title");
        var tagline = local.Text("site_tagline");
        return route.Kind switch
        {
            RouteKind.Briefing => new CardContent(route.Page!.Meta.Title, rtl, siteName, route.Page.Meta.Publisher, local.Date(route.Page), null),
            RouteKind.BriefingIndex => new CardContent(local.Text("nav_briefings"), rtl, siteName, null, null, tagline),
            RouteKind.TopicIndex => new CardContent(local.Text("nav_topics"), rtl, siteName, null, null, tagline),
            RouteKind.Topic => new CardContent(route.Topic!.LabelIn(route.Language.Code), rtl, siteName, null, null, tagline),
            // A home's card names the site's address at its foot, where a briefing's names its publisher.
            _ => new CardContent(tagline, rtl, siteName, null, null, Address(site.Config.BaseUrl)),
        };
    }
}
