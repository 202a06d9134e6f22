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
            rendered[i] = renderer.Render(routes.All[i]);
            context.Progress.Advanced(Name, Interlocked.Increment(ref done), rendered.Length);
        });

        context.Files.AddRange(rendered);
        context.Files.AddRange(SiteRenderer.Assets(context.Paths));
    }
}
