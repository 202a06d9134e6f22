using System.Collections.Concurrent;
using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>Builds listing cards: a briefing as seen from one page, by a reader of one language.</summary>
public sealed class CardBuilder(Site site, IReadOnlyDictionary<string, Localiser> localisers)
{
    // A briefing appears on many listings; count its words once, not once per card.

    /// <param name="shown">The output's shown pages: the card shows <paramref name="page"/>'s data.</param>
    public BriefingCard Build(Page page, string fromPath, LanguageConfig readerLanguage, ShownPages shown)
    {
        shown.Add(page);
        var language = page.Language;
        var reader = localisers[readerLanguage.Code];
        var other = page.Language != readerLanguage;

        // A reader sees the abstract in their own language when the briefing has one for them.
        var (summary, summaryLang) = other && page.Meta.Abstracts.TryGetValue(readerLanguage.Code, out var translated)
            ? (translated, readerLanguage.Code)
            : (page.Meta.Summary, page.Language.Code);

        return new BriefingCard(
            page.Meta.Title,
            SiteUrls.Relative(fromPath, page.OutputPath),
            page.Language.Code,
            language.Direction,
            reader.InLanguage(language),
            other,
            reader.Date(page),
            DateFormatter.MachineReadable(page),
            string.Join(reader.Text("list_separator"), page.Meta.Authors),
            summary,
            summaryLang,
            reader.Count("reading_time", page.ReadingMinutes),
            TopicLinks(page, fromPath, readerLanguage));
    }

    public IReadOnlyList<LinkView> TopicLinks(Page page, string fromPath, LanguageConfig readerLanguage)
    {
        // Every card of every listing calls this: a plain loop, no LINQ.
        var topics = page.Meta.Topics;
        var links = new LinkView[topics.Count];
        for (var i = 0; i < links.Length; i++)
        {
            var topic = site.Config.Topic(topics[i])!;
            links[i] = new LinkView(topic.LabelIn(readerLanguage.Code), SiteUrls.Relative(fromPath, SiteUrls.Topic(readerLanguage.Code, topic.Id)));
        }

        return links;
    }
}
