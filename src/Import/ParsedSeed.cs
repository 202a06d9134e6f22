using BriefingSite.Content;

namespace BriefingSite.Import;

/// <summary>A seed converted: front-matter, Markdown body, and the report of what was done.</summary>
public sealed record ParsedSeed(FrontMatter Meta, string Body, ImportReport Report);
