using BriefingSite.Config;
using BriefingSite.Diagnostics;
using BriefingSite.Publishing;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// Opens the staging folder, renders every route in parallel straight into it (a page's HTML
/// is dropped once written and scanned for links), then adds the theme's assets and the pages' images.
/// An update whose edits keep the site's shape renders only the routes that show an edited page, and
/// the edited pages' citation downloads, into an <see cref="InPlaceOutput"/> of the served folder.
/// </summary>
public sealed class RenderStep : IBuildStep
{
    public string Name => "render";

    public bool LeavesGarbage => true;

    public void Run(BuildContext context)
    {
        var routes = context.Routes!;
        var (theme, strings) = context.Previous is { } previous ? (previous.Theme, previous.Strings) : Load(context);
        (context.Theme, context.Strings) = (theme, strings);
        var renderer = new SiteRenderer(routes, theme, strings, new MarkdownRenderer(), pdfLinks: context.Pdf is not null);
        var edited = context.EditedSources;
        var output = context.Output = edited is null ? Stage(context) : context.Previous!.UpdateInPlace(context.Paths.Output);
        var selected = edited is null ? routes.All : context.Previous!.RoutesShowing(routes, edited);
        var done = 0;
        Parallel.ForEach(SharedTextGroups(selected), group =>
        {
            // One worker renders the group in a row: its recent parses let each text be parsed once.
            var parses = new RecentParses();
            foreach (var route in group)
            {
                if (RenderOne(renderer, route, context.Diagnostics, parses) is { } rendered)
                {
                    output.Add(rendered);
                    if (context.Options.TrackShownPages)
                    {
                        context.Shown[rendered.Path] = [.. rendered.Shown.Select(p => p.SourcePath)];
                    }
                }

                context.Progress.Advanced(Name, Interlocked.Increment(ref done), selected.Count);
            }
        });

        var pages = edited is null ? routes.Site.Pages : routes.Site.Pages.Where(p => edited.Contains(p.SourcePath));
        foreach (var citation in Rendering.Citations.CitationFiles.For(pages, routes.Site.Config.BaseUrl))
        {
            output.Add(citation);
        }

        if (edited is not null)
        {
            // The theme is as it was, and an edit that changes a page's images changes the site's shape.
            return;
        }

        foreach (var asset in SiteRenderer.Assets(context.Paths))
        {
            output.Add(asset);
        }

        foreach (var image in PageImages(routes))
        {
            output.Add(image);
        }
    }

    private static (Theme Theme, UiStrings Strings) Load(BuildContext context)
    {
        // Theme files are published (assets) or shape every page: none may be a link out of the site.
        PathBoundary.RequireAllInsideSite(context.Paths.Theme, context.Paths);
        return (Theme.Load(context.Paths), UiStrings.Load(context.Paths, context.RequireConfig()));
    }

    private static StagedOutput Stage(BuildContext context)
    {
        var writer = new AtomicOutputWriter(context.Paths.Output, context.Paths.Display(context.Paths.Output), context.Options.Moves);
        if (context.Options.Clean)
        {
            writer.RemoveLeftovers();
        }

        // Cards and PDFs of the previous output are reused when unchanged: only a whole build replaces them.
        context.Artifacts = ArtifactCache.Load(context.Paths.Output);
        return StagedOutput.Open(writer);
    }

    /// <summary>Every local image a page shows, once, copied to its path under <c>input/</c> (beside its page's output).</summary>
    internal static IEnumerable<OutputFile> PageImages(RouteTable routes) =>
        routes.All.Select(r => r.Page).OfType<Content.Page>().Distinct()
            .SelectMany(p => p.Images)
            .DistinctBy(i => i.OutputPath, StringComparer.Ordinal)
            .OrderBy(i => i.OutputPath, StringComparer.Ordinal)
            .Select(i => new OutputFile(i.OutputPath, null, i.SourcePath));

    /// <summary>
    /// Routes in the order one thread should render them: a briefing, its translations and their
    /// side-by-side pages together (briefings first), so each text is parsed once (see
    /// <see cref="RecentParses"/>); every other route on its own.
    /// </summary>
    internal static IEnumerable<Route[]> SharedTextGroups(IEnumerable<Route> routes) =>
        routes
            .GroupBy(r => r.Kind is RouteKind.Briefing or RouteKind.SideBySide
                ? r.Page!.Meta.TranslationKey is { } key ? "translation " + key : "page " + r.Page.SourcePath
                : "route " + r.OutputPath)
            .Select(g => g.OrderBy(r => r.Kind == RouteKind.SideBySide).ToArray());

    /// <summary>A page that fails to render becomes a diagnostic naming its source; the other pages still render.</summary>
    internal static OutputFile? RenderOne(SiteRenderer renderer, Route route, DiagnosticBag diagnostics, RecentParses? parses = null)
    {
        var source = route.Page?.SourcePath ?? route.OutputPath;
        try
        {
            return renderer.Render(route, parses);
        }
        catch (SiteException ex)
        {
            diagnostics.Add(ex.Diagnostic);
        }
        catch (ArgumentException ex)
        {
            // Markdig's guard against pathological nesting ("depth limit exceeded").
            diagnostics.Error(source, $"cannot render the Markdown: {ex.Message}");
        }

        return null;
    }
}
