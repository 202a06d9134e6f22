namespace BriefingSite.Import.Html;

/// <summary>One block of the rendered text (a paragraph, a list, a table, a heading), with the Markdown level of a heading.</summary>
public sealed record RenderedBlock(IReadOnlyList<string> Lines, int? HeadingLevel = null);
