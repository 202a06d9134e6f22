namespace BriefingSite.Rendering.Cards;

/// <summary>
/// What one card shows, in the page's language: the site name over the title, and at the foot
/// the publisher and date as the page shows them (a listing's card: the site's tagline).
/// Every field is part of the card's cache key.
/// </summary>
public sealed record CardContent(string Title, bool RightToLeft, string SiteName, string? Publisher, string? Date, string? Tagline)
{
    public IEnumerable<string?> KeyParts => [Title, RightToLeft ? "rtl" : "ltr", SiteName, Publisher, Date, Tagline];
}
