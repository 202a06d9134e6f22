using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>
/// Builds the navigation between the pages of a listing. It names the first and last pages and
/// those within <see cref="Reach"/> of the current one, with gaps between, so the navigation
/// stays the same size however long the archive grows; previous and next reach every page.
/// </summary>
public sealed class PaginationBuilder(IReadOnlyDictionary<string, Localiser> local)
{
    /// <summary>How many page numbers either side of the current page are linked.</summary>
    public const int Reach = 2;

    public PaginationView? Build(Route route)
    {
        if (route.Listing is not { PageCount: > 1 } listing)
        {
            return null;
        }

        var localiser = local[route.Language.Code];
        var current = route.PageNumber;
        LinkView? Step(string key, int number) =>
            number < 1 || number > listing.PageCount ? null : new LinkView(localiser.Text(key), Url(route, number));

        return new PaginationView(
            localiser.Text("pagination_label"),
            Step("previous_page", current - 1),
            Step("next_page", current + 1),
            Numbers(route, listing.PageCount, localiser));
    }

    /// <summary>Page numbers shown from page <paramref name="current"/> of <paramref name="count"/>: 1, last, and the current one's neighbours.</summary>
    public static IReadOnlyList<int?> Window(int current, int count)
    {
        var shown = new List<int?>();
        for (var n = 1; n <= count; n++)
        {
            if (n == 1 || n == count || Math.Abs(n - current) <= Reach)
            {
                shown.Add(n);
            }
            else if (shown[^1] is not null)
            {
                shown.Add(null);
            }
        }

        return shown;
    }

    private static List<PageNumberLink> Numbers(Route route, int count, Localiser localiser) =>
        [.. Window(route.PageNumber, count).Select(n => n is { } number
            ? new PageNumberLink(
                localiser.Number(number),
                Url(route, number),
                localiser.Text("page_number").Replace("{n}", localiser.Number(number), StringComparison.Ordinal),
                number == route.PageNumber)
            : new PageNumberLink(localiser.Text("pagination_gap"), null, null, false))];

    private static string Url(Route route, int number) => SiteUrls.Relative(route.OutputPath, SiteUrls.Listing(route.Language.Code, route.Topic?.Id, number));
}
