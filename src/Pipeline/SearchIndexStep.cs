using BriefingSite.Publishing.Search;

namespace BriefingSite.Pipeline;

/// <summary>Builds the bilingual search index and adds it as scripts under <c>assets/search/</c>.</summary>
public sealed class SearchIndexStep : IBuildStep
{
    public string Name => "search";

    public void Run(BuildContext context)
    {
        var strings = context.RequireStrings();
        context.Files.AddRange(SearchIndexWriter.Write(SearchIndexBuilder.Build(context.RequireSite(), strings)));
    }
}
