namespace BriefingSite.Pipeline;

/// <summary>Records what this build was made from and wrote, so an unchanged rebuild can stop early.</summary>
public sealed class SaveStampStep : IBuildStep
{
    public string Name => "stamp";

    public void Run(BuildContext context)
    {
        var output = context.Paths.Output;
        if (context.StampKey is null || context.Diagnostics.WarningCount > 0)
        {
            // Warnings are shown again on every build, so a build with warnings is never skipped.
            BuildStamp.Delete(output);
            return;
        }

        var pages = SiteBuilder.PagesPerLanguage(context);
        new BuildStamp(context.StampKey, pages, context.RequireOutput().Count, BuildStamp.Scan(output)).Save(output);
    }
}
