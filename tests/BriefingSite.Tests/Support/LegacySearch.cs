namespace BriefingSite.Tests.Support;

/// <summary>
/// The search as it was with one index file (search.js before shards), kept to compare against:
/// every term in one map, each query term matched against all of them. It runs in the page and
/// normalises with the page's own <c>briefingSearch.terms</c>.
/// </summary>
public static class LegacySearch
{
    /// <summary>A function of ({ postings: term → holders, docs, query }) returning the result URLs in order.</summary>
    public const string Function = """
        ({ postings, docs, query }) => {
          const terms = window.briefingSearch.terms;
          const wanted = terms(query);
          if (wanted.length === 0) {
            return [];
          }
          const keys = Object.keys(postings);
          let scores = null;
          for (let w = 0; w < wanted.length; w++) {
            const found = {};
            for (let k = 0; k < keys.length; k++) {
              if (keys[k].indexOf(wanted[w]) === 0) {
                const holders = postings[keys[k]];
                for (let d = 0; d < holders.length; d++) {
                  found[holders[d]] = true;
                }
              }
            }
            const next = {};
            for (const id in found) {
              if (scores === null || id in scores) {
                const inTitle = terms(docs[id].title).some(t => t.indexOf(wanted[w]) === 0);
                next[id] = (scores === null ? 0 : scores[id]) + (inTitle ? 3 : 1);
              }
            }
            scores = next;
          }
          return Object.keys(scores)
            .sort((a, b) => scores[b] - scores[a] || a - b)
            .map(id => docs[id].url);
        }
        """;
}
