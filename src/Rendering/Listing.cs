using System.Globalization;
using BriefingSite.Config;
using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// A list of briefings in one language shown a page at a time: the briefing index or a topic.
/// Page 1 keeps the listing's own path (<c>en/briefings/index.html</c>, <c>en/topics/iraq.html</c>);
/// later pages go into a folder named after it (<c>en/briefings/page/2.html</c>,
/// <c>en/topics/iraq/page/2.html</c>). Slugs and topic ids never hold a <c>/</c>, so no briefing
/// or topic page can be written there.
/// </summary>
public sealed record Listing(RouteKind Kind, string Language, TopicConfig? Topic, IReadOnlyList<Page> Briefings, int PageSize)
{
    /// <summary>How many pages the listing needs; an empty listing still has its first page.</summary>
    public int PageCount => Math.Max(1, (Briefings.Count + PageSize - 1) / PageSize);

    /// <summary>Site-relative path of page <paramref name="number"/> (1-based) of this listing in <paramref name="language"/>.</summary>
    public string PathOf(int number, string language) => (Kind, number) switch
    {
        (RouteKind.BriefingIndex, 1) => $"{language}/briefings/index.html",
        (RouteKind.BriefingIndex, _) => $"{language}/briefings/page/{Number(number)}.html",
        (RouteKind.Topic, 1) => $"{language}/topics/{Topic!.Id}.html",
        (RouteKind.Topic, _) => $"{language}/topics/{Topic!.Id}/page/{Number(number)}.html",
        _ => throw new InvalidOperationException($"{Kind} is not a listing"),
    };

    /// <summary>Site-relative path of page <paramref name="number"/> in the listing's own language.</summary>
    public string PathOf(int number) => PathOf(number, Language);

    /// <summary>The briefings on page <paramref name="number"/>, newest first.</summary>
    public IEnumerable<Page> Slice(int number) => Briefings.Skip((number - 1) * PageSize).Take(PageSize);

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);
}
