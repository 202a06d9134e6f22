using BriefingSite.Content;
using BriefingSite.Content.Translations;
using BriefingSite.Rendering;

namespace BriefingSite.Pipeline;

/// <summary>
/// Loads every input page into one site model. In an update only the edited files are read again
/// (the others come from the page cache), and the edits decide which routes the build makes.
/// </summary>
public sealed class LoadContentStep : IBuildStep
{
    public string Name => "load";

    public void Run(BuildContext context)
    {
        var previous = context.Previous;
        context.Site = (previous is not null && context.EditedFiles is { Count: > 0 } edited
                ? SiteLoader.Reload(previous.Site, edited, context.Paths, context.Diagnostics, context.Options.Cache)
                : null)
            ?? SiteLoader.Load(context.Paths, context.RequireConfig(), context.Diagnostics, context.Options.Cache);
        if (!context.Diagnostics.HasErrors)
        {
            StaleTranslationWarnings.Report(context.Site, context.Paths, context.Diagnostics);
            var edits = previous is null ? null : SiteEdits.Between(previous.Site, context.Site);
            // Edits that keep the site's shape keep its routes: the edited pages are swapped into the last build's.
            context.Routes = edits is null ? new RouteTable(context.Site) : previous!.Routes.Replacing(context.Site, edits);
            context.EditedSources = edits?.Values.Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
        }
    }
}
