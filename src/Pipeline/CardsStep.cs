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

        var watch = System.Diagnostics.Stopwatch.StartNew();
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
        var fontFolder = CardFonts.Folder(paths);
        var contents = new CardContentBuilder(routes.Site, context.RequireStrings());
        string[] common = [CardPainter.DrawingVersion, colours.ToString(), .. CardFonts.FileHashes(fontFolder, paths.Display)];
        var defaultLanguage = routes.Site.Config.DefaultLanguage;
        var jobs = routes.All.Where(CardPaths.Draws)
            .Where(r => edited is null || r.Page is { } page && edited.Contains(page.SourcePath))
            .Select(r => (Path: CardPaths.For(r, defaultLanguage), Content: contents.Build(r)))
            .DistinctBy(j => j.Path, StringComparer.Ordinal)
            .Select(j => (j.Path, j.Content, Key: ArtifactCache.Key([.. common, .. j.Content.KeyParts])))
            .ToList();

        // Skia and the fonts are loaded only when a card is drawn: an unchanged site reuses every card.
        var fonts = new Lazy<CardFonts>(() => CardFonts.Load(fontFolder, paths.Display));
        try
        {
            if (jobs.Any(j => !artifacts.Has(j.Path, j.Key)))
            {
                // Here, not in a worker, so a font Skia cannot read is reported by its name.
                _ = fonts.Value;
            }

            var drawn = DrawOrReuse(context, jobs, output, artifacts, fonts, colours, inPlace);
            if (!inPlace)
            {
                context.Notes.Enqueue(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Share cards: {drawn} drawn, {jobs.Count - drawn} unchanged ({watch.Elapsed.TotalSeconds:0.00} s)."));
            }
        }
        finally
        {
            if (fonts.IsValueCreated)
            {
                fonts.Value.Dispose();
            }
        }
    }

    /// <summary>Draws the cards that changed and takes the others from the previous output; returns how many were drawn.</summary>
    private int DrawOrReuse(BuildContext context, List<(string Path, CardContent Content, string Key)> jobs, IBuildOutput output, ArtifactCache artifacts, Lazy<CardFonts> fonts, CardColours colours, bool inPlace)
    {
        var done = 0;
        var drawn = 0;
        Parallel.ForEach(
            jobs,
            () => (CardPainter?)null,
            (job, _, painter) =>
            {
                byte[] Draw()
                {
                    Interlocked.Increment(ref drawn);
                    return (painter ??= new CardPainter(fonts.Value, colours)).Draw(job.Content);
                }

                if (!inPlace)
                {
                    output.Add(artifacts.Get(job.Path, job.Key, Draw));
                }
                else if (!artifacts.Has(job.Path, job.Key))
                {
                    output.Add(new Rendering.OutputFile(job.Path, null) { Bytes = Draw() });
                    artifacts.Record(job.Path, job.Key, reused: false);
                }

                context.Progress.Advanced(Name, Interlocked.Increment(ref done), jobs.Count);
                return painter;
            },
            painter => painter?.Dispose());
        return drawn;
    }
}
