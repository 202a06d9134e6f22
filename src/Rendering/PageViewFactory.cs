using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>Builds the view a template sees for one route: navigation, switcher and the route's own content.</summary>
public sealed class PageViewFactory
{
    private readonly RouteTable _routes;
    private readonly UiStrings _strings;
    private readonly MarkdownRenderer _markdown;
    private readonly Site _site;
    private readonly Dictionary<string, Localiser> _local;
    private readonly CardBuilder _cards;
    private readonly SideBySideBuilder _sideBySide;
    private readonly HeadViewBuilder _head;
    private readonly PaginationBuilder _pagination;
    private readonly StaleNoticeBuilder _stale;
    private readonly bool _pdfLinks;
    private readonly ReadingAidsBuilder _reading;
    private readonly Dictionary<string, NavigationItem[]> _navigation;

    /// <param name="pdfLinks">Whether this build prints each briefing's PDF, so its page links it.</param>
    public PageViewFactory(RouteTable routes, UiStrings strings, MarkdownRenderer markdown, bool pdfLinks = false)
    {
        _pdfLinks = pdfLinks;
        _routes = routes;
        _strings = strings;
        _markdown = markdown;
        _site = routes.Site;
        _local = _site.Languages.ToDictionary(l => l.Code, l => new Localiser(l, strings));
        _cards = new CardBuilder(_site, _local);
        _sideBySide = new SideBySideBuilder(_site, markdown, _local);
        _head = new HeadViewBuilder(routes);
        _pagination = new PaginationBuilder(_local);
        _stale = new StaleNoticeBuilder(_site, _local);
        _reading = new ReadingAidsBuilder(_site, _local);
        _navigation = NavigationItems(_site);
    }

    /// <summary>
    /// Site-relative paths of the search scripts: the index's documents and shard keys written at build
    /// time, then the search code, which loads term shards on demand.
    /// </summary>
    public static IReadOnlyList<string> SearchScripts { get; } = [SiteUrls.SearchIndex, SiteUrls.SearchScript];

    /// <param name="scope">Records the pages the view shows besides the route's own, and holds the worker's recent parses.</param>
    public PageView Build(Route route, RenderScope scope)
    {
        var view = Common(route, scope.Shown);
        return route.Kind switch
        {
            RouteKind.Root => view with { Sections = Sections(route, scope.Shown) },
            RouteKind.Home => view with
            {
                Cards = Cards(_site.BriefingsIn(route.Language).Take(_site.Config.HomeListLimit), route, scope.Shown),
                OtherCards = Cards(_site.AllBriefings.Where(p => p.Language != route.Language).Take(_site.Config.HomeListLimit), route, scope.Shown),
            },
            RouteKind.BriefingIndex or RouteKind.Topic => ListingPage(route, view, scope.Shown),
            RouteKind.TopicIndex => view with { TopicLinks = TopicIndex(route) },
            RouteKind.Briefing => Briefing(route, view, scope),
            RouteKind.NotFound => view with { Notices = NotFoundNotices(route) },
            RouteKind.SideBySide => view with { SideBySide = _sideBySide.Build(route, scope) },
            RouteKind.Page => view with { Body = new RawHtml(_markdown.Render(route.Page!.Markdown, ImageLinks.Of(route.Page, route.OutputPath), scope.Parses).Html) },
            RouteKind.Search => view with { Scripts = [.. SearchScripts.Select(s => SiteUrls.Relative(route.OutputPath, s))] },
            _ => view,
        };
    }

    private PageView Common(Route route, ShownPages shown)
    {
        var language = route.Language;
        var switcher = _site.Languages.Where(l => l.Code != route.Language.Code).Select(other =>
        {
            var twin = _routes.TwinOf(route, other);
            var url = twin is not null ? SiteUrls.Relative(route.OutputPath, twin.OutputPath)
                : route.Kind == RouteKind.Briefing ? "#" + NoTranslationAnchor(other.Code)
                : SiteUrls.Relative(route.OutputPath, (_routes.NearestIn(route, other) ?? _routes.Home(other.Code)).OutputPath);
            return new SwitchLink(other.Name, url, other.Code, other.Direction, twin is not null);
        }).ToList();

        return new PageView
        {
            Lang = language.Code,
            Dir = language.Direction,
            Kind = route.Kind.ToString().ToLowerInvariant(),
            Digits = language.Digits,
            Title = Title(route),
            SiteTitle = _strings.Get(route.Language.Code, "site_title"),
            Root = SiteUrls.ToRoot(route.OutputPath),
            Stylesheet = SiteUrls.Relative(route.OutputPath, SiteUrls.Stylesheet),
            Head = _head.Build(route),
            SearchUrl = SiteUrls.Relative(route.OutputPath, SiteUrls.Search(route.Language.Code)),
            Nav = Navigation(route),
            Switch = switcher,
            SwitchExact = switcher.All(s => s.Exact),
            StaleTranslation = _stale.Build(route, shown),
        };
    }

    private string Title(Route route) => route.PageNumber > 1
        ? _local[route.Language.Code].Text("numbered_page_title")
            .Replace("{title}", BaseTitle(route), StringComparison.Ordinal)
            .Replace("{n}", _local[route.Language.Code].Number(route.PageNumber), StringComparison.Ordinal)
        : BaseTitle(route);

    private string BaseTitle(Route route) => route.Kind switch
    {
        RouteKind.Root or RouteKind.Home => _strings.Get(route.Language.Code, "site_title"),
        RouteKind.BriefingIndex => _strings.Get(route.Language.Code, "nav_briefings"),
        RouteKind.TopicIndex => _strings.Get(route.Language.Code, "nav_topics"),
        RouteKind.Topic => route.Topic!.LabelIn(route.Language.Code),
        RouteKind.NotFound => _strings.Get(route.Language.Code, "not_found_title"),
        RouteKind.Search => _strings.Get(route.Language.Code, "search_title"),
        _ => route.Page!.Meta.Title,
    };

    /// <summary>The same four items on every page of a language; the current section is marked.</summary>
    private List<LinkView> Navigation(Route route)
    {
        var items = _navigation[route.Language.Code];
        var links = new List<LinkView>(items.Length);
        foreach (var item in items)
        {
            links.Add(new LinkView(
                _strings.Get(route.Language.Code, item.LabelKey),
                SiteUrls.Relative(route.OutputPath, item.Target),
                Current: item.Kinds.Contains(route.Kind) && (route.Kind != RouteKind.Page || route.OutputPath == item.Target)));
        }

        return links;
    }

    /// <summary>
    /// Each language's navigation items, made once: label key, target and the kinds of route in its section.
    /// Labels are looked up per page, so a missing UI string is reported as it was, by the pages that show it.
    /// </summary>
    private static Dictionary<string, NavigationItem[]> NavigationItems(Site site) =>
        site.Languages.ToDictionary(l => l.Code, language =>
        {
            var lang = language.Code;
            var items = new List<(string Key, string Target, RouteKind[] Kinds)>
            {
                ("nav_home", SiteUrls.Home(lang), [RouteKind.Home]),
                ("nav_briefings", SiteUrls.BriefingIndex(lang), [RouteKind.BriefingIndex, RouteKind.Briefing, RouteKind.SideBySide]),
                ("nav_topics", SiteUrls.TopicIndex(lang), [RouteKind.TopicIndex, RouteKind.Topic]),
            };
            var about = site.FixedPage(language, "about");
            if (about is not null)
            {
                items.Add(("nav_about", about.OutputPath, [RouteKind.Page]));
            }

            return items.Select(i => new NavigationItem(i.Key, i.Target, i.Kinds)).ToArray();
        });

    private sealed record NavigationItem(string LabelKey, string Target, RouteKind[] Kinds);

    /// <summary>
    /// One page of a listing: its slice of the page's language, and on page 1 only the newest
    /// briefings in other languages (capped) with a link to each language's whole listing.
    /// </summary>
    private PageView ListingPage(Route route, PageView view, ShownPages shown)
    {
        var listing = route.Listing!;
        var pool = listing.Topic is { } topic ? _site.BriefingsOnTopic(topic.Id) : _site.AllBriefings;
        var first = route.PageNumber == 1;
        return view with
        {
            Cards = Cards(listing.Slice(route.PageNumber), route, shown),
            OtherCards = first ? Cards(pool.Where(p => p.Language != route.Language).Take(_site.Config.HomeListLimit), route, shown) : [],
            OtherListings = first ? OtherListings(route, pool) : [],
            Pagination = _pagination.Build(route),
        };
    }

    private List<OtherLanguageLink> OtherListings(Route route, IReadOnlyList<Page> pool)
    {
        var local = _local[route.Language.Code];
        var key = route.Kind == RouteKind.Topic ? "other_language_topic_all" : "other_language_all";
        return [.. _site.Languages
            .Where(l => l != route.Language && pool.Any(p => p.Language == l))
            .Select(l => new OtherLanguageLink(
                local.Text(key).Replace("{language}", local.NameOf(l), StringComparison.Ordinal),
                SiteUrls.Relative(route.OutputPath, _routes.ListingPage(route, 1, l)!.OutputPath),
                l.Code))];
    }

    private List<BriefingCard> Cards(IEnumerable<Page> pages, Route route, ShownPages shown) =>
        [.. pages.Select(p => _cards.Build(p, route.OutputPath, route.Language, shown))];

    private List<LanguageSection> Sections(Route route, ShownPages shown) =>
        [.. _site.Languages.Select(l => new LanguageSection(
            l.Code,
            l.Direction,
            l.Name,
            _strings.Get(l.Code, "site_title"),
            _strings.Get(l.Code, "site_tagline"),
            _strings.Get(l.Code, "enter_site"),
            new LinkView(_strings.Get(l.Code, "nav_home"), SiteUrls.Relative(route.OutputPath, SiteUrls.Home(l.Code))),
            [.. _site.BriefingsIn(l).Take(5).Select(p => _cards.Build(p, route.OutputPath, l, shown))]))];

    private List<TopicEntry> TopicIndex(Route route) =>
        [.. _site.UsedTopics.Select(t => new TopicEntry(
            t.LabelIn(route.Language.Code),
            SiteUrls.Relative(route.OutputPath, SiteUrls.Topic(route.Language.Code, t.Id)),
            _local[route.Language.Code].Count("briefing_count", _site.BriefingsOnTopic(t.Id).Count)))];

    private List<NoticeView> NotFoundNotices(Route route) =>
        [.. _site.Languages.Where(l => l.Code != route.Language.Code).Select(l => new NoticeView(
            l.Code,
            l.Direction,
            _strings.Get(l.Code, "not_found_title"),
            _strings.Get(l.Code, "not_found_text"),
            new LinkView(_strings.Get(l.Code, "go_to_home"), SiteUrls.Relative(route.OutputPath, _routes.Home(l.Code).OutputPath))))];

    private static string NoTranslationAnchor(string language) => "no-translation-" + language;

    private PageView Briefing(Route route, PageView view, RenderScope scope)
    {
        var page = route.Page!;
        var meta = page.Meta;
        var local = _local[page.Language.Code];
        var rendered = _markdown.Render(page.Markdown, ImageLinks.Of(page, route.OutputPath), scope.Parses);
        var translation = _site.Languages
            .Where(l => l != page.Language)
            .Select(l => (Language: l, Twin: _site.TranslationOf(page, l)))
            .FirstOrDefault(x => x.Twin is not null);
        if (translation.Twin is not null)
        {
            scope.Shown.Add(translation.Twin);
        }

        var related = _site.SameLanguageRelated(page).Concat(_site.CrossLanguageRelated(page)).ToList();

        var briefing = new BriefingView(
            string.Join(local.Text("list_separator"), meta.Authors),
            meta.AuthorNote,
            meta.Translator,
            meta.Publisher,
            meta.PublisherAlt,
            meta.PublisherUrl,
            meta.PublisherEmail,
            meta.Publication,
            meta.Issue,
            local.Date(page),
            DateFormatter.MachineReadable(page),
            meta.Copyright,
            meta.Citation ?? CitationBuilder.Build(page, local),
            meta.AboutPublisher,
            meta.Disclaimer,
            meta.Source?.File,
            // Under the label "Reading time", so the count is minutes alone ("14 minutes", not "14 min read").
            local.Count("minutes", page.ReadingMinutes),
            [.. rendered.Headings.Select(h => new LinkView(h.Text, "#" + h.Id))],
            _cards.TopicLinks(page, route.OutputPath, route.Language),
            translation.Twin is { } twin
                ? new LinkView(twin.Meta.Title, SiteUrls.Relative(route.OutputPath, twin.OutputPath), Lang: twin.Language.Code, Dir: translation.Language.Direction)
                : null,
            translation.Twin is { } prompted ? _strings.Get(prompted.Language.Code, "read_translation") : null,
            translation.Twin is null ? null : new LinkView(local.Text("read_side_by_side"), SiteUrls.Relative(route.OutputPath, SiteUrls.SideBySide(page))),
            [.. related.Select(p => _cards.Build(p, route.OutputPath, route.Language, scope.Shown))],
            [.. _site.Languages.Where(l => l != page.Language && _site.TranslationOf(page, l) is null).Select(l => MissingTranslation(route, l, related, scope.Shown))],
            meta.TranslatedFrom,
            [.. Citations.CitationFiles.Formats.Select(f => new LinkView(local.Text(f.LabelKey), SiteUrls.Relative(route.OutputPath, SiteUrls.Citation(page, f.Extension)))),
                .. _pdfLinks ? [new LinkView(local.Text("cite_pdf"), SiteUrls.Relative(route.OutputPath, SiteUrls.Pdf(page)))] : Array.Empty<LinkView>()]);

        return view with
        {
            Body = new RawHtml(FootnoteMarkup.Finish(SectionLinks.Add(rendered.Html, local), local)),
            Briefing = briefing,
            Reading = _reading.Build(route, scope.Shown),
            Scripts = [SiteUrls.Relative(route.OutputPath, SiteUrls.ReaderScript)],
        };
    }

    /// <summary>The note, in <paramref name="language"/>, that a briefing has no version in it, with that language's briefings on the same topics.</summary>
    /// <param name="related">Briefings the page's related section already shows: the note does not repeat them.</param>
    private MissingTranslation MissingTranslation(Route route, LanguageConfig language, IReadOnlyCollection<Page> related, ShownPages shown)
    {
        var page = route.Page!;
        var local = _local[language.Code];
        var sameTopics = _site.RelatedIn(page, language).Where(p => !related.Contains(p));
        return new MissingTranslation(
            language.Code,
            language.Direction,
            NoTranslationAnchor(language.Code),
            local.Text("no_translation"),
            local.Text("same_topics_briefings"),
            new LinkView(local.Text("go_to_home"), SiteUrls.Relative(route.OutputPath, _routes.Home(language.Code).OutputPath)),
            [.. sameTopics.Select(p => _cards.Build(p, route.OutputPath, language, shown))]);
    }
}
