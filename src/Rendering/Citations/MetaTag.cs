namespace BriefingSite.Rendering.Citations;

/// <summary>One <c>&lt;meta name content&gt;</c> of the page head.</summary>
public sealed record MetaTag(string Name, string Content);
