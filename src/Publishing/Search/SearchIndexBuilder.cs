using BriefingSite.Content;
using BriefingSite.Rendering;

namespace BriefingSite.Publishing.Search;

/// <summary>
/// Builds the search index from the site model: every briefing and fixed page in every
/// language, with its title, authors, summary, abstracts, topic labels and body text.
/// </summary>
public static class SearchIndexBuilder
{
    private const int SnippetLength = 200;

    /// <param name="pageTexts">
    /// Receives each page's texts (see <see cref="SearchIndexWriter.TextFile"/>) with its number, as soon as they are made,
    /// from any thread: they are the size of the whole site's text, so they are written out rather than kept in the index.
    /// </param>
    public static SearchIndex Build(Site site, UiStrings strings, Action<int, IReadOnlyList<KeyValuePair<string, string>>>? pageTexts = null)
    {
        var pages = site.Pages
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.Language.Code, StringComparer.Ordinal)
            .ThenByDescending(p => p.SortDate)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
        // Extracting each page's terms (Markdown to text, normalising) is independent: do it in parallel,
        // then merge in page order, so holder lists come out ascending without sorting them.
        var extractor = new SearchTermExtractor();
        var docs = new SearchDocument[pages.Count];
        // A page's terms are kept as a plain array until merged: a set per page held for the whole
        // site was the search step's largest cost in memory.
        var pageTerms = new int[pages.Count][];
        Parallel.For(0, pages.Count, () => new HashSet<int>(), (i, _, terms) =>
        {
            var page = pages[i];
            var body = Markdig.Markdown.ToPlainText(page.Markdown);
            var abstracts = page.Meta.Abstracts.Where(a => a.Key != page.Language.Code && !string.IsNullOrWhiteSpace(a.Value))
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => KeyValuePair.Create(a.Key, Snippet(a.Value)))
                .ToList();
            docs[i] = new SearchDocument(page.OutputPath, page.Language.Code, page.Meta.Title, Snippet(page.Meta.Summary ?? body), abstracts.Count > 0 ? abstracts : null);
            pageTexts?.Invoke(i, Texts(page, body));
            terms.Clear();
            foreach (var text in SearchableTexts(site, page, body))
            {
                extractor.AddTerms(text, terms);
            }

            pageTerms[i] = [.. terms];
            return terms;
        }, _ => { });

        var terms = extractor.Terms();
        var holders = new List<int>?[terms.Length];
        for (var id = 0; id < pageTerms.Length; id++)
        {
            foreach (var term in pageTerms[id])
            {
                (holders[term] ??= []).Add(id);
            }

            pageTerms[id] = [];
        }

        var postings = Enumerable.Range(0, terms.Length)
            .Where(t => holders[t] is not null)
            .Select(t => new SearchPosting(terms[t]!, [.. holders[t]!]))
            .OrderBy(p => p.Term, StringComparer.Ordinal)
            .ToList();
        var languages = site.Languages.ToDictionary(
            l => l.Code,
            l => new SearchLanguage(l.Direction, site.Languages.ToDictionary(reader => reader.Code, reader => l.NameIn(reader))));
        return new SearchIndex(languages, docs, postings);
    }

    /// <summary>The page's own text (summary, then body) and its abstracts in other languages, each on one line.</summary>
    private static List<KeyValuePair<string, string>> Texts(Page page, string body) =>
        [KeyValuePair.Create(page.Language.Code, OneLine(page.Meta.Summary ?? "", body)),
            .. page.Meta.Abstracts.Where(a => a.Key != page.Language.Code && !string.IsNullOrWhiteSpace(a.Value))
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => KeyValuePair.Create(a.Key, OneLine(a.Value)))];

    /// <summary>
    /// The words of <paramref name="text"/> (then of <paramref name="more"/>) joined by single spaces, as
    /// <c>string.Join(' ', text.Split(null, RemoveEmptyEntries))</c> would give them, without a string per word.
    /// </summary>
    private static string OneLine(string text, string more = "")
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length + more.Length + 1);
        try
        {
            var written = 0;
            var space = false;
            foreach (var part in (ReadOnlySpan<string>)[text, more])
            {
                foreach (var c in part)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        space = written > 0;
                    }
                    else
                    {
                        if (space)
                        {
                            buffer[written++] = ' ';
                            space = false;
                        }

                        buffer[written++] = c;
                    }
                }

                space = written > 0; // the parts are separate words
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The texts searched for a page, each on its own (a word never spans two).</summary>
    private static IEnumerable<string> SearchableTexts(Site site, Page page, string body)
    {
        var meta = page.Meta;
        var topics = meta.Topics.Select(site.Config.Topic).OfType<Config.TopicConfig>().SelectMany(t => t.Labels.Values);
        return new[] { meta.Title, meta.Summary ?? "", body }
            .Concat(meta.Authors)
            .Concat(meta.Abstracts.Values)
            .Concat(topics);
    }

    /// <summary>The text on one line, cut at the last word boundary within <see cref="SnippetLength"/>, never inside a word.</summary>
    internal static string Snippet(string text)
    {
        var flat = OneLine(text);
        if (flat.Length <= SnippetLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', SnippetLength);
        var kept = cut > 0 ? flat[..cut] : flat[..SnippetLength];
        return kept.TrimEnd(' ', ',', '،', ';', '؛', ':') + "…";
    }
}
