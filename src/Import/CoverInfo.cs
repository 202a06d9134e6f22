namespace BriefingSite.Import;

/// <summary>What the cover and the title block say: everything before the body starts.</summary>
public sealed record CoverInfo
{
    public string? Title { get; init; }

    public List<string> Authors { get; init; } = [];

    /// <summary>The author line carried a note marker (<c>Name *</c>): the page note is the author note.</summary>
    public bool AuthorMarked { get; init; }

    public string? Publisher { get; init; }

    public string? PublisherAlt { get; init; }

    /// <summary>Series line (<c>سلسلة إصدارات …</c>, <c>Series: …</c>).</summary>
    public string? Series { get; init; }

    public string? AboutPublisher { get; init; }

    public string? Disclaimer { get; init; }

    /// <summary>Cover blocks no rule recognised; they are kept at the start of the body and reported.</summary>
    public List<TextBlock> Unrecognised { get; init; } = [];
}
