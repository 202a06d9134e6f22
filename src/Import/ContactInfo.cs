namespace BriefingSite.Import;

/// <summary>The publisher's web address (absolute <c>https://</c>), e-mail and copyright line, as found in a seed.</summary>
public sealed record ContactInfo(string? Url, string? Email, string? Copyright, int? CopyrightYear);
