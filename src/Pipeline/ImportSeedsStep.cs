using BriefingSite.Import;

namespace BriefingSite.Pipeline;

/// <summary>Converts seeds into input/ Markdown, keeping hand edits.</summary>
public sealed class ImportSeedsStep : IBuildStep
{
    public string Name => "import";

    public void Run(BuildContext context)
    {
        if (context.Options.Import)
        {
            context.Imported = new Importer(context.Paths, context.RequireConfig()).Run(context.Options.ForceImport, context.Diagnostics, warnUnchanged: false);
        }
    }
}
