using BriefingSite.Content;
using BriefingSite.Publishing.Search;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// Builds the bilingual search index and adds it as scripts under <c>assets/search/</c>. An update
/// made in place leaves it to the caller: at archive scale it takes seconds, and serve makes it in
/// the background (<see cref="Files"/>, then <see cref="Publishing.Search.ServedSearchIndex"/>) so the edited page need not wait.
/// </summary>
public sealed class SearchIndexStep : IBuildStep
{
    public string Name => "search";

    public bool LeavesGarbage => true;

    /// <summary>The search index files of a site, each handed to <paramref name="add"/> as soon as it is made (from any thread).</summary>
    public static void Write(Site site, UiStrings strings, Action<OutputFile> add)
    {
        var index = SearchIndexBuilder.Build(site, strings, (doc, texts) => add(SearchIndexWriter.TextFile(doc, texts)));
        foreach (var file in SearchIndexWriter.Write(index))
        {
            add(file);
        }
    }

    /// <summary>The search index files of a site, in path order.</summary>
    public static IReadOnlyList<OutputFile> Files(Site site, UiStrings strings)
    {
        var files = new System.Collections.Concurrent.ConcurrentBag<OutputFile>();
        Write(site, strings, files.Add);
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    public void Run(BuildContext context)
    {
        if (context.EditedSources is not null)
        {
            return;
        }

        // Written as they are made: the page texts alone are the size of the site's whole text.
        Write(context.RequireSite(), context.RequireStrings(), context.RequireOutput().Add);
    }
}
