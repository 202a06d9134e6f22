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

    /// <summary>The search index files of a site.</summary>
    public static IEnumerable<OutputFile> Files(Site site, UiStrings strings) =>
        SearchIndexWriter.Write(SearchIndexBuilder.Build(site, strings));

    public void Run(BuildContext context)
    {
        if (context.EditedSources is not null)
        {
            return;
        }

        var output = context.RequireOutput();
        foreach (var file in Files(context.RequireSite(), context.RequireStrings()))
        {
            output.Add(file);
        }
    }
}
