namespace BriefingSite.Pipeline;

/// <summary>
/// Stops the build when nothing it reads has changed since the last successful build and the
/// output is as that build left it (see <see cref="BuildStamp"/>). Runs after importing seeds.
/// </summary>
public sealed class UpToDateStep : IBuildStep
{
    public string Name => "up-to-date";

    public void Run(BuildContext context)
    {
        // An update follows an edit seen by serve: hashing every input would cost what the update saves.
        // Without a key the stamp step deletes the stamp, so the next `briefing build` renders again.
        if (context.Previous is not null)
        {
            return;
        }

        var output = context.Paths.Output;
        context.StampKey = BuildStamp.KeyOf(context.Options);
        // Without an output folder there is nothing a stamp could describe: its JSON need not be read (a fresh clone's first build).
        if (context.Options.Clean || context.Diagnostics.WarningCount > 0 || context.Diagnostics.HasErrors || !Directory.Exists(output))
        {
            return;
        }

        if (BuildStamp.Load(output) is { } stamp && stamp.Key == context.StampKey && stamp.Describes(output))
        {
            context.UpToDate = stamp;
        }
    }
}
