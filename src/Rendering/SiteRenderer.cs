using BriefingSite.Config;
using BriefingSite.Content;
using Scriban.Runtime;

namespace BriefingSite.Rendering;

/// <summary>
/// Renders every route through its template and the shared layout. Pure: the same site,
/// theme and strings always give the same files. Safe to call from many threads.
/// </summary>
/// <param name="pdfLinks">Whether this build prints each briefing's PDF, so its page links it.</param>
public sealed class SiteRenderer(RouteTable routes, Theme theme, UiStrings strings, MarkdownRenderer markdown, bool pdfLinks = false)
{
    private readonly PageViewFactory _views = new(routes, strings, markdown, pdfLinks);
    private readonly Dictionary<string, ScriptObject> _stringObjects = routes.Site.Languages.ToDictionary(l => l.Code, l => ToScriptObject(strings.For(l.Code)));

    /// <summary>Renders a route; the file lists the pages whose data it shows (<see cref="ShownPages"/>), its own first.</summary>
    /// <param name="parses">The calling worker's recent parses, shared by the routes it renders in a row; none when null.</param>
    public OutputFile Render(Route route, RecentParses? parses = null)
    {
        var scope = new RenderScope(parses ?? new RecentParses());
        if (route.Page is { } own)
        {
            scope.Shown.Add(own);
        }

        var view = _views.Build(route, scope);
        var globals = Globals(view);
        return new OutputFile(route.OutputPath, theme.RenderPage(TemplateName(route.Kind), globals)) { Shown = scope.Shown.Pages };
    }

    /// <summary>Theme assets (CSS, scripts, icons), copied as they are.</summary>
    public static IEnumerable<OutputFile> Assets(SitePaths paths)
    {
        var folder = Path.Combine(paths.Theme, "assets");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new OutputFile(SiteUrls.Asset(Path.GetRelativePath(folder, f).Replace('\\', '/')), null, f));
    }

    private ScriptObject Globals(PageView view) => new()
    {
        ["page"] = view,
        ["t"] = _stringObjects[view.Lang],
    };

    private static string TemplateName(RouteKind kind) => kind switch
    {
        RouteKind.Root => "root",
        RouteKind.Home => "home",
        RouteKind.BriefingIndex or RouteKind.Topic => "list",
        RouteKind.TopicIndex => "topics",
        RouteKind.Briefing => "briefing",
        RouteKind.Page => "page",
        RouteKind.Search => "search",
        RouteKind.SideBySide => "side-by-side",
        _ => "notfound",
    };

    private static ScriptObject ToScriptObject(IReadOnlyDictionary<string, string> values)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in values)
        {
            result[key] = value;
        }

        return result;
    }
}
