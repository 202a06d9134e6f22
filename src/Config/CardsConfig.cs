namespace BriefingSite.Config;

/// <summary>The <c>share_cards:</c> settings of <c>site.yml</c>: whether pages get a drawn Open Graph image.</summary>
public sealed record CardsConfig
{
    /// <summary>Draw a share card for each briefing, listing and home, and name it in the pages' <c>og:image</c>; false draws none and names none.</summary>
    public bool Enabled { get; init; } = true;
}
