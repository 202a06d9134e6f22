using BriefingSite.Publishing.Search;

namespace BriefingSite.Pipeline;

/// <summary>Builds the bilingual search index and adds it as <c>assets/search-index.js</c>.</summary>
public sealed class SearchIndexStep : IBuildStep
{
    public string Name => "search";

    public void Run(BuildContext context)
    {
        var strings = context.RequireStrings();
        context.RequireOutput().Add(SearchIndexWriter.Write(SearchIndexBuilder.Build(context.RequireSite(), strings)));
    }
}
