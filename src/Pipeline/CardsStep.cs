using BriefingSite.Publishing;
using BriefingSite.Rendering.Cards;

namespace BriefingSite.Pipeline;

/// <summary>
/// Draws the share cards (<c>og:image</c>) of the briefings, listings and homes in parallel,
/// taking each from the previous output when its text, colours, fonts and drawing are unchanged
/// (<see cref="ArtifactCache"/>), so an unchanged site redraws nothing.
/// </summary>
public sealed class CardsStep : IBuildStep
{
    public string Name => "cards";

    public bool LeavesGarbage => false;

    public void Run(BuildContext context)
    {
        var routes = context.Routes!;
        if (!routes.Site.Config.ShareCards.Enabled)
        {
            return;
        }

        var paths = context.Paths;
        var output = context.RequireOutput();
        // An update in place (serve) redraws only the edited briefings' cards, over the served ones.
        var inPlace = output is not StagedOutput;
        var artifacts = context.Artifacts ??= ArtifactCache.Load(paths.Output, keepListed: inPlace);
        var edited = context.EditedSources;
        var stylesheet = Path.Combine(paths.Theme, "assets", "style.css");
        if (!File.Exists(stylesheet))
        {
            throw new Diagnostics.SiteException(paths.Display(stylesheet), "share cards take their colours from the theme's stylesheet, which is missing");
        }

        var colours = CardColours.FromStylesheet(File.ReadAllText(stylesheet), paths.Display(stylesheet));
        using var fonts = CardFonts.Load(CardFonts.Folder(paths), paths.Display);
        var contents = new CardContentBuilder(routes.Site, context.RequireStrings());
        string[] common = [CardPainter.DrawingVersion, colours.ToString(), .. fonts.Hashes];
        var defaultLanguage = routes.Site.Config.DefaultLanguage;
        var jobs = routes.All.Where(CardPaths.Draws)
            .Where(r => edited is null || r.Page is { } page && edited.Contains(page.SourcePath))
            .Select(r => (Path: CardPaths.For(r, defaultLanguage), Content: contents.Build(r)))
            .DistinctBy(j => j.Path, StringComparer.Ordinal)
            .ToList();

        var done = 0;
        Parallel.ForEach(
            jobs,
            () => new CardPainter(fonts, colours),
            (job, _, painter) =>
            {
                var key = ArtifactCache.Key([.. common, .. job.Content.KeyParts]);
                if (!inPlace)
                {
                    output.Add(artifacts.Get(job.Path, key, () => painter.Draw(job.Content)));
                }
                else if (!artifacts.Has(job.Path, key))
                {
                    output.Add(new Rendering.OutputFile(job.Path, null) { Bytes = painter.Draw(job.Content) });
                    artifacts.Record(job.Path, key, reused: false);
                }

                context.Progress.Advanced(Name, Interlocked.Increment(ref done), jobs.Count);
                return painter;
            },
            painter => painter.Dispose());
    }
}
