using BriefingSite.Content;
using BriefingSite.Content.Translations;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>Loads every input page into one site model.</summary>
public sealed class LoadContentStep : IBuildStep
{
    public string Name => "load";

    public void Run(BuildContext context)
    {
        context.Site = SiteLoader.Load(context.Paths, context.RequireConfig(), context.Diagnostics, context.Options.Cache);
        if (!context.Diagnostics.HasErrors)
        {
            StaleTranslationWarnings.Report(context.Site, context.Paths, context.Diagnostics);
            context.Routes = new RouteTable(context.Site);
        }
    }
}
