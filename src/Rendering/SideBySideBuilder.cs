using BriefingSite.Content;

namespace BriefingSite.Rendering;

/// <summary>Builds the side-by-side view of a briefing and its translation, aligned section by section.</summary>
public sealed class SideBySideBuilder(Site site, MarkdownRenderer markdown, IReadOnlyDictionary<string, Localiser> localisers)
{
    public SideBySideView Build(Route route, RenderScope scope)
    {
        var page = route.Page!;
        var twin = site.Languages.Select(l => site.TranslationOf(page, l)).First(t => t is not null)!;
        scope.Shown.Add(twin);
        var first = markdown.RenderSections(page.Markdown, page.Language.Code + "-", ImageLinks.Of(page, route.OutputPath), scope.Parses);
        var second = markdown.RenderSections(twin.Markdown, twin.Language.Code + "-", ImageLinks.Of(twin, route.OutputPath), scope.Parses);
        var rows = Enumerable.Range(0, Math.Max(first.Count, second.Count))
            .Select(i => new SideBySideRow(Cell(first, i), Cell(second, i)))
            .ToList();
        return new SideBySideView(Column(route, page), Column(route, twin), rows);
    }

    private SideBySideColumn Column(Route route, Page page)
    {
        var language = page.Language;
        return new SideBySideColumn(
            page.Language.Code,
            language.Direction,
            localisers[route.Language.Code].InLanguage(language),
            new LinkView(page.Meta.Title, SiteUrls.Relative(route.OutputPath, page.OutputPath), Lang: page.Language.Code, Dir: language.Direction));
    }

    private static RawHtml? Cell(IReadOnlyList<string> sections, int index) =>
        index < sections.Count ? new RawHtml(sections[index]) : null;
}
