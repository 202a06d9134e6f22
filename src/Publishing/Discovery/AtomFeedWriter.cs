using System.Globalization;
using System.Xml;
using BriefingSite.Content;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Discovery;

/// <summary>
/// Atom feeds of the briefings: one per language (<c>&lt;lang&gt;/feed.xml</c>, <c>xml:lang</c> on the
/// feed) and a combined one (<c>feed.xml</c>, <c>xml:lang</c> on each entry). Absolute URLs come
/// from <c>base_url</c>; each entry links its translations with <c>hreflang</c>. Dates come from the
/// content, never the clock, so the same site always gives the same feeds. Each feed holds the
/// newest <c>feed_limit</c> briefings (<see cref="Config.SiteConfig.FeedLimit"/>), so it does not
/// grow with the archive.
/// </summary>
public sealed class AtomFeedWriter(RouteTable routes, UiStrings strings)
{
    private readonly Site _site = routes.Site;
    private readonly string _baseUrl = routes.Site.Config.BaseUrl;

    public IEnumerable<OutputFile> WriteAll()
    {
        foreach (var language in _site.Languages)
        {
            yield return Write(SiteUrls.Feed(language.Code), language.Code, strings.Get(language.Code, "site_title"), Newest(_site.BriefingsIn(language)));
        }

        var title = string.Join(" · ", _site.Languages.Select(l => strings.Get(l.Code, "site_title")));
        yield return Write(SiteUrls.CombinedFeed, null, title, Newest(_site.AllBriefings));
    }

    /// <summary>Whether any feed carries <paramref name="page"/>.</summary>
    public bool Shows(Page page) =>
        Newest(_site.BriefingsIn(page.Language)).Contains(page) || Newest(_site.AllBriefings).Contains(page);

    /// <summary>The newest briefings of a list already sorted newest first, up to the feed limit.</summary>
    private List<Page> Newest(IReadOnlyList<Page> briefings) => [.. briefings.Take(_site.Config.FeedLimit)];

    private OutputFile Write(string path, string? language, string title, List<Page> briefings) =>
        new(path, XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", XmlOutput.AtomNamespace);
            if (language is not null)
            {
                xml.WriteAttributeString("xml", "lang", null, language);
            }

            var home = language is null ? SiteUrls.Root : SiteUrls.Home(language);
            xml.WriteElementString("title", XmlOutput.AtomNamespace, title);
            xml.WriteElementString("id", XmlOutput.AtomNamespace, SiteUrls.Absolute(_baseUrl, path));
            xml.WriteElementString("updated", XmlOutput.AtomNamespace, Timestamp(briefings.Count == 0 ? DateOnly.MinValue : briefings.Max(b => b.SortDate)));
            Link(xml, "self", SiteUrls.Absolute(_baseUrl, path), null, "application/atom+xml");
            Link(xml, "alternate", SiteUrls.Absolute(_baseUrl, home), language, "text/html");
            foreach (var briefing in briefings)
            {
                Entry(xml, briefing, language is null);
            }

            xml.WriteEndElement();
        }));

    private void Entry(XmlWriter xml, Page page, bool markLanguage)
    {
        var url = SiteUrls.Absolute(_baseUrl, page.OutputPath);
        xml.WriteStartElement("entry", XmlOutput.AtomNamespace);
        if (markLanguage)
        {
            xml.WriteAttributeString("xml", "lang", null, page.Language.Code);
        }

        xml.WriteElementString("title", XmlOutput.AtomNamespace, page.Meta.Title);
        xml.WriteElementString("id", XmlOutput.AtomNamespace, url);
        xml.WriteElementString("updated", XmlOutput.AtomNamespace, Timestamp(page.SortDate));
        Link(xml, "alternate", url, page.Language.Code, "text/html");
        foreach (var other in _site.Languages.Where(l => l != page.Language))
        {
            if (_site.TranslationOf(page, other) is { } twin)
            {
                Link(xml, "alternate", SiteUrls.Absolute(_baseUrl, twin.OutputPath), other.Code, "text/html");
            }
        }

        foreach (var author in page.Meta.Authors.DefaultIfEmpty(page.Meta.Publisher ?? strings.Get(page.Language.Code, "site_title")))
        {
            xml.WriteStartElement("author", XmlOutput.AtomNamespace);
            xml.WriteElementString("name", XmlOutput.AtomNamespace, author);
            xml.WriteEndElement();
        }

        if (page.Meta.Summary is { } summary)
        {
            xml.WriteElementString("summary", XmlOutput.AtomNamespace, summary);
        }

        foreach (var topic in page.Meta.Topics.Select(_site.Config.Topic).OfType<Config.TopicConfig>())
        {
            xml.WriteStartElement("category", XmlOutput.AtomNamespace);
            xml.WriteAttributeString("term", topic.Id);
            xml.WriteAttributeString("label", topic.LabelIn(page.Language.Code));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? hreflang, string type)
    {
        xml.WriteStartElement("link", XmlOutput.AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        if (hreflang is not null)
        {
            xml.WriteAttributeString("hreflang", hreflang);
        }

        xml.WriteEndElement();
    }

    /// <summary>Atom needs a full timestamp; undated briefings get the start of the epoch.</summary>
    private static string Timestamp(DateOnly date) =>
        (date == DateOnly.MinValue ? new DateOnly(1970, 1, 1) : date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
