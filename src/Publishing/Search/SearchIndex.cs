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
public sealed record SearchDocument(
    string Url,
    string Lang,
    string Title,
    string Snippet,
    IReadOnlyList<KeyValuePair<string, string>>? Abstracts = null);
