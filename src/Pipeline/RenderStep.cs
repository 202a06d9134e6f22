using BriefingSite.Diagnostics;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>Renders every route in parallel, then adds the theme's assets.</summary>
public sealed class RenderStep : IBuildStep
{
    public string Name => "render";

    public void Run(BuildContext context)
    {
        var routes = context.Routes!;
        var theme = Theme.Load(context.Paths);
        var strings = context.Strings = UiStrings.Load(context.Paths, context.RequireConfig());
        var renderer = new SiteRenderer(routes, theme, strings, new MarkdownRenderer());
        var rendered = new OutputFile[routes.All.Count];
        var done = 0;
        Parallel.For(0, routes.All.Count, i =>
        {
            rendered[i] = RenderOne(renderer, routes.All[i], context);
            context.Progress.Advanced(Name, Interlocked.Increment(ref done), rendered.Length);
        });

        if (context.Diagnostics.HasErrors)
        {
            return;
        }

        context.Files.AddRange(rendered);
        context.Files.AddRange(SiteRenderer.Assets(context.Paths));
    }

    /// <summary>A page that fails to render becomes a diagnostic naming its source; the other pages still render.</summary>
    private static OutputFile RenderOne(SiteRenderer renderer, Route route, BuildContext context)
    {
        var source = route.Page?.SourcePath ?? route.OutputPath;
        try
        {
            return renderer.Render(route);
        }
        catch (SiteException ex)
        {
            context.Diagnostics.Add(ex.Diagnostic);
        }
        catch (ArgumentException ex)
        {
            // Markdig's guard against pathological nesting ("depth limit exceeded").
            context.Diagnostics.Error(source, $"cannot render the Markdown: {ex.Message}");
        }

        return new OutputFile(route.OutputPath, "");
    }
}
