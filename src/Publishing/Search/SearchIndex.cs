namespace BriefingSite.Publishing.Search;

/// <summary>
/// The build-time search index: the searchable pages, each language's name in every language
/// (results are labelled by language) and every normalised term with the pages that hold it,
/// in ordinal order of the terms. <see cref="SearchShardPlanner"/> splits the terms into shards
/// by prefix and <see cref="SearchIndexWriter"/> writes them as scripts.
/// </summary>
public sealed record SearchIndex(
    IReadOnlyDictionary<string, SearchLanguage> Languages,
    IReadOnlyList<SearchDocument> Docs,
    IReadOnlyList<SearchPosting> Postings);

/// <summary>A language's direction and its name in each site language.</summary>
public sealed record SearchLanguage(string Dir, IReadOnlyDictionary<string, string> Names);

/// <summary>One result: site-relative URL, language, title and a short text shown under it.</summary>
/// <param name="Abstracts">Snippets of the page's abstracts in other languages, by language code: a reader of that language is shown theirs.</param>
/// <param name="Texts">
/// The page's searchable text on one line, by language: its own (summary and body) and its whole abstracts
/// in other languages. Written to a file per page that the search page loads for shown results only, to cut
/// the passage that matched.
/// </param>
public sealed record SearchDocument(
    string Url,
    string Lang,
    string Title,
    string Snippet,
    IReadOnlyList<KeyValuePair<string, string>>? Abstracts = null,
    IReadOnlyList<KeyValuePair<string, string>>? Texts = null);
