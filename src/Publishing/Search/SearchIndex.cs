namespace BriefingSite.Publishing.Search;

/// <summary>
/// The build-time search index: the searchable pages, each language's name in every language
/// (results are labelled by language) and the normalised terms. Terms are grouped by the
/// pages that hold them: the key lists page numbers ("0,3"), the value their shared terms,
/// space-separated; grouping keeps the index about half the size of one list per term.
/// Serialised as-is into <c>assets/search-index.js</c>; member names are the JSON names.
/// </summary>
public sealed record SearchIndex(
    IReadOnlyDictionary<string, SearchLanguage> Languages,
    IReadOnlyList<SearchDocument> Docs,
    IReadOnlyDictionary<string, string> Terms);

/// <summary>A language's direction and its name in each site language.</summary>
public sealed record SearchLanguage(string Dir, IReadOnlyDictionary<string, string> Names);

/// <summary>One result: site-relative URL, language, title and a short text shown under it.</summary>
public sealed record SearchDocument(string Url, string Lang, string Title, string Snippet);
