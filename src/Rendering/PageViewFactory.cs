using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>Builds the view a template sees for one route: navigation, switcher and the route's own content.</summary>
public sealed class PageViewFactory(RouteTable routes, UiStrings strings, MarkdownRenderer markdown)
{
    private readonly Site _site = routes.Site;
    private readonly CardBuilder _cards = new(routes.Site, strings);

    public PageView Build(Route route)
    {
        var view = Common(route);
        return route.Kind switch
        {
            RouteKind.Root => view with { Sections = Sections(route) },
            RouteKind.Home => view with
            {
                Cards = Cards(_site.BriefingsIn(route.Language).Take(_site.Config.HomeListLimit), route),
                OtherCards = Cards(_site.AllBriefings.Where(p => p.Language != route.Language), route),
            },
            RouteKind.BriefingIndex => view with
            {
                Cards = Cards(_site.BriefingsIn(route.Language), route),
                OtherCards = Cards(_site.AllBriefings.Where(p => p.Language != route.Language), route),
            },
            RouteKind.TopicIndex => view with { TopicLinks = TopicIndex(route) },
            RouteKind.Topic => view with
            {
                Cards = Cards(_site.BriefingsOnTopic(route.Topic!.Id).Where(p => p.Language == route.Language), route),
                OtherCards = Cards(_site.BriefingsOnTopic(route.Topic!.Id).Where(p => p.Language != route.Language), route),
            },
            RouteKind.Briefing => Briefing(route, view),
            RouteKind.Page => view with { Body = new RawHtml(markdown.Render(route.Page!.Markdown).Html) },
            _ => view,
        };
    }

    private PageView Common(Route route)
    {
        var language = _site.Config.Language(route.Language);
        var switcher = _site.Languages.Where(l => l.Code != route.Language).Select(other =>
        {
            var twin = routes.TwinOf(route, other.Code);
            return (Twin: twin, Link: new LinkView(other.Name, RelativeUrl.Between(route.OutputPath, (twin ?? routes.Home(other.Code)).OutputPath), Lang: other.Code, Dir: other.Direction));
        }).ToList();

        return new PageView
        {
            Lang = language.Code,
            Dir = language.Direction,
            Kind = route.Kind.ToString().ToLowerInvariant(),
            Title = Title(route),
            SiteTitle = strings.Get(route.Language, "site_title"),
            Root = RelativeUrl.Between(route.OutputPath, "x")[..^1],
            Stylesheet = RelativeUrl.Between(route.OutputPath, "assets/style.css"),
            Nav = Navigation(route),
            Switch = [.. switcher.Select(s => s.Link)],
            SwitchExact = switcher.All(s => s.Twin is not null),
        };
    }

    private string Title(Route route) => route.Kind switch
    {
        RouteKind.Root or RouteKind.Home => strings.Get(route.Language, "site_title"),
        RouteKind.BriefingIndex => strings.Get(route.Language, "nav_briefings"),
        RouteKind.TopicIndex => strings.Get(route.Language, "nav_topics"),
        RouteKind.Topic => route.Topic!.LabelIn(route.Language),
        RouteKind.NotFound => strings.Get(route.Language, "not_found_title"),
        _ => route.Page!.Meta.Title,
    };

    /// <summary>The same four items on every page of a language; the current section is marked.</summary>
    private List<LinkView> Navigation(Route route)
    {
        var lang = route.Language;
        var items = new List<(string Key, string Target, RouteKind[] Kinds)>
        {
            ("nav_home", $"{lang}/index.html", [RouteKind.Home]),
            ("nav_briefings", $"{lang}/briefings/index.html", [RouteKind.BriefingIndex, RouteKind.Briefing]),
            ("nav_topics", $"{lang}/topics/index.html", [RouteKind.TopicIndex, RouteKind.Topic]),
        };
        var about = _site.FixedPage(lang, "about");
        if (about is not null)
        {
            items.Add(("nav_about", about.OutputPath, [RouteKind.Page]));
        }

        return [.. items.Select(i => new LinkView(
            strings.Get(lang, i.Key),
            RelativeUrl.Between(route.OutputPath, i.Target),
            Current: i.Kinds.Contains(route.Kind) && (route.Kind != RouteKind.Page || route.OutputPath == i.Target)))];
    }

    private List<BriefingCard> Cards(IEnumerable<Page> pages, Route route) =>
        [.. pages.Select(p => _cards.Build(p, route.OutputPath, route.Language))];

    private List<LanguageSection> Sections(Route route) =>
        [.. _site.Languages.Select(l => new LanguageSection(
            l.Code,
            l.Direction,
            l.Name,
            strings.Get(l.Code, "site_title"),
            strings.Get(l.Code, "site_tagline"),
            strings.Get(l.Code, "enter_site"),
            new LinkView(strings.Get(l.Code, "nav_home"), RelativeUrl.Between(route.OutputPath, $"{l.Code}/index.html")),
            [.. _site.BriefingsIn(l.Code).Take(5).Select(p => _cards.Build(p, route.OutputPath, l.Code))]))];

    private List<LinkView> TopicIndex(Route route) =>
        [.. _site.UsedTopics.Select(t => new LinkView(
            $"{t.LabelIn(route.Language)} ({_site.BriefingsOnTopic(t.Id).Count})",
            RelativeUrl.Between(route.OutputPath, $"{route.Language}/topics/{t.Id}.html")))];

    private PageView Briefing(Route route, PageView view)
    {
        var page = route.Page!;
        var meta = page.Meta;
        var language = _site.Config.Language(page.Language);
        var rendered = markdown.Render(page.Markdown);
        var translation = _site.Languages
            .Where(l => l.Code != page.Language)
            .Select(l => (Language: l, Twin: _site.TranslationOf(page, l.Code)))
            .FirstOrDefault(x => x.Twin is not null);

        var briefing = new BriefingView(
            string.Join(", ", meta.Authors),
            meta.AuthorNote,
            meta.Translator,
            meta.Publisher,
            meta.PublisherAlt,
            meta.PublisherUrl,
            meta.PublisherEmail,
            meta.Publication,
            meta.Issue,
            DateFormatter.Format(page, language),
            DateFormatter.MachineReadable(page),
            meta.Copyright,
            meta.Citation,
            meta.AboutPublisher,
            meta.Disclaimer,
            meta.Source?.File,
            WordCounter.Minutes(rendered.WordCount, language.WordsPerMinute),
            [.. rendered.Headings.Select(h => new LinkView(h.Text, "#" + h.Id))],
            _cards.TopicLinks(page, route.OutputPath, route.Language),
            translation.Twin is { } twin
                ? new LinkView(twin.Meta.Title, RelativeUrl.Between(route.OutputPath, twin.OutputPath), Lang: twin.Language, Dir: translation.Language.Direction)
                : null,
            [.. _site.CrossLanguageRelated(page).Select(p => _cards.Build(p, route.OutputPath, route.Language))]);

        return view with { Body = new RawHtml(rendered.Html), Briefing = briefing };
    }
}
