using BriefingSite.Import;

namespace BriefingSite.Pipeline;

/// <summary>
/// Converts seeds into input/ Markdown, keeping hand edits. When nothing the importer reads has
/// changed since an import that changed nothing and reported nothing, the seeds are not parsed
/// again (see <see cref="ImportStamp"/>): that import would do and say nothing again.
/// </summary>
public sealed class ImportSeedsStep : IBuildStep
{
    public string Name => "import";

    public void Run(BuildContext context)
    {
        if (!context.Options.Import)
        {
            return;
        }

        var paths = context.Paths;
        if (!Directory.Exists(paths.Seeds))
        {
            context.Imported = Import(context);
            return;
        }

        var key = ImportStamp.KeyOf(paths);
        if (!context.Options.ForceImport && ImportStamp.Matches(paths, key))
        {
            return;
        }

        var reported = context.Diagnostics.ErrorCount + context.Diagnostics.WarningCount;
        context.Imported = Import(context);
        var quiet = context.Diagnostics.ErrorCount + context.Diagnostics.WarningCount == reported;
        var unchanged = context.Imported.All(o => o.Action is ImportAction.Unchanged or ImportAction.KeptHandEdit);

        // Unchanged outcomes may still have written a missing image or the import state: the key says.
        if (quiet && unchanged && ImportStamp.KeyOf(paths) == key)
        {
            ImportStamp.Save(paths, key);
        }
        else
        {
            ImportStamp.Delete(paths);
        }
    }

    private static IReadOnlyList<ImportOutcome> Import(BuildContext context) =>
        new Importer(context.Paths, context.RequireConfig()).Run(context.Options.ForceImport, context.Diagnostics, warnUnchanged: false);
}
