using BriefingSite.Content;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Builds the search index from the site model: every briefing and fixed page in every
/// language, with its title, authors, summary, abstracts, topic labels and body text.
/// Each term is stored once, grouped with the other terms of the same pages, which keeps the index small.
/// </summary>
public static class SearchIndexBuilder
{
    private const int SnippetLength = 200;

    public static SearchIndex Build(Site site, UiStrings strings)
    {
        var pages = site.Pages
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Language, StringComparer.Ordinal)
            .ThenByDescending(p => p.SortDate)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
        // Extracting each page's terms (Markdown to text, normalising) is independent: do it in parallel,
        // then merge in page order, so holder lists come out ascending without sorting sets per term.
        var extracted = new (SearchDocument Doc, HashSet<string> Terms)[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            var body = Markdig.Markdown.ToPlainText(page.Markdown);
            var doc = new SearchDocument(page.OutputPath, page.Language, page.Meta.Title, Snippet(page.Meta.Summary ?? body));
            extracted[i] = (doc, [.. SearchNormaliser.Terms(SearchableText(site, page, body))]);
        });

        var docs = new List<SearchDocument>(pages.Count);
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (doc, pageTerms) in extracted)
        {
            var id = docs.Count;
            docs.Add(doc);
            foreach (var term in pageTerms)
            {
                if (!terms.TryGetValue(term, out var holders))
                {
                    terms[term] = holders = [];
                }

                holders.Add(id);
            }
        }

        var languages = site.Languages.ToDictionary(
            l => l.Code,
            l => new SearchLanguage(l.Direction, site.Languages.ToDictionary(reader => reader.Code, reader => strings.Get(reader.Code, "language_" + l.Code))));
        var grouped = terms
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .GroupBy(t => string.Join(',', t.Value), t => t.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(' ', g), StringComparer.Ordinal);
        return new SearchIndex(languages, docs, grouped);
    }

    private static string SearchableText(Site site, Page page, string body)
    {
        var meta = page.Meta;
        var topics = meta.Topics.Select(site.Config.Topic).OfType<Config.TopicConfig>().SelectMany(t => t.Labels.Values);
        return string.Join('\n', new[] { meta.Title, meta.Summary ?? "", body }
            .Concat(meta.Authors)
            .Concat(meta.Abstracts.Values)
            .Concat(topics));
    }

    private static string Snippet(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= SnippetLength ? flat : flat[..SnippetLength].TrimEnd() + "…";
    }
}
