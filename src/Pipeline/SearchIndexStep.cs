using BriefingSite.Content;
using BriefingSite.Publishing.Search;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>Builds the bilingual search index and adds it as scripts under <c>assets/search/</c>.</summary>
public sealed class SearchIndexStep : IBuildStep
{
    public string Name => "search";

    public bool LeavesGarbage => true;

    /// <summary>The search index files of a site.</summary>
    public static IEnumerable<OutputFile> Files(Site site, UiStrings strings) =>
        SearchIndexWriter.Write(SearchIndexBuilder.Build(site, strings));

    public void Run(BuildContext context)
    {
        var output = context.RequireOutput();
        foreach (var file in Files(context.RequireSite(), context.RequireStrings()))
        {
            output.Add(file);
        }
    }
}
