using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>Builds a briefing's <see cref="ReadingAidsView"/>: its neighbours by date in its language and its share links.</summary>
public sealed class ReadingAidsBuilder(Content.Site site, IReadOnlyDictionary<string, Localiser> local)
{
    /// <summary>
    /// Plain links to each service's share address, carrying the page's address and title: no
    /// script, icon or request of theirs is on the page; a reader's click is the only contact.
    /// </summary>
    private static readonly (string LabelKey, Func<string, string, string> Address)[] Services =
    [
        ("share_email", (url, title) => $"mailto:?subject={title}&body={url}"),
        ("share_whatsapp", (url, title) => $"https://wa.me/?text={title}%20{url}"),
        ("share_telegram", (url, title) => $"https://t.me/share/url?url={url}&text={title}"),
        ("share_x", (url, title) => $"https://twitter.com/intent/tweet?url={url}&text={title}"),
        ("share_linkedin", (url, _) => $"https://www.linkedin.com/sharing/share-offsite/?url={url}"),
    ];

    // Each briefing's place in its language's newest-first list, found once per build rather than by a search per page.
    private readonly Dictionary<Page, int> _places = Places(site);

    public ReadingAidsView Build(Route route, ShownPages shown)
    {
        var page = route.Page!;
        var briefings = site.BriefingsIn(page.Language);
        var at = _places.GetValueOrDefault(page, -1);
        // Newest first: the older briefing is after this one, the newer before it.
        var previous = at + 1 < briefings.Count ? briefings[at + 1] : null;
        var next = at > 0 ? briefings[at - 1] : null;
        return new ReadingAidsView(Neighbour(previous, route, shown), Neighbour(next, route, shown), Share(page));
    }

    private static Dictionary<Page, int> Places(Content.Site site)
    {
        var places = new Dictionary<Page, int>(ReferenceEqualityComparer.Instance);
        foreach (var language in site.Languages)
        {
            var briefings = site.BriefingsIn(language);
            for (var i = 0; i < briefings.Count; i++)
            {
                places.TryAdd(briefings[i], i);
            }
        }

        return places;
    }

    private static LinkView? Neighbour(Page? neighbour, Route route, ShownPages shown)
    {
        if (neighbour is null)
        {
            return null;
        }

        shown.Add(neighbour);
        return new LinkView(neighbour.Meta.Title, SiteUrls.Relative(route.OutputPath, neighbour.OutputPath));
    }

    private List<LinkView> Share(Page page)
    {
        if (!site.Config.HasBaseUrl)
        {
            return [];
        }

        var url = Uri.EscapeDataString(SiteUrls.Absolute(site.Config.BaseUrl, page.OutputPath));
        var title = Uri.EscapeDataString(page.Meta.Title);
        var strings = local[page.Language.Code];
        return [.. Services.Select(s => new LinkView(strings.Text(s.LabelKey), s.Address(url, title)))];
    }
}
