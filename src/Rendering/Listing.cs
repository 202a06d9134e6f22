using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// A list of briefings in one language shown a page at a time: the briefing index or a topic.
/// Where each page goes is <see cref="SiteUrls.Listing"/>'s to say.
/// </summary>
public sealed record Listing(RouteKind Kind, LanguageConfig Language, TopicConfig? Topic, IReadOnlyList<Page> Briefings, int PageSize)
{
    /// <summary>How many pages the listing needs; an empty listing still has its first page.</summary>
    public int PageCount => Math.Max(1, (Briefings.Count + PageSize - 1) / PageSize);

    /// <summary>The briefings on page <paramref name="number"/>, newest first.</summary>
    public IEnumerable<Page> Slice(int number) => Briefings.Skip((number - 1) * PageSize).Take(PageSize);
}
