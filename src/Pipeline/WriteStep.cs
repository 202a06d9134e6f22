namespace BriefingSite.Pipeline;

/// <summary>Adds the list of cached artifacts for the next build, then swaps the staging folder, written by the earlier steps, in place of output/.</summary>
public sealed class WriteStep : IBuildStep
{
    public string Name => "write";

    public void Run(BuildContext context)
    {
        var output = context.RequireOutput();
        if (context.Artifacts?.List() is { } artifacts)
        {
            output.Add(artifacts);
        }

        if (output.Commit() is { } leftover)
        {
            context.Diagnostics.Add(leftover);
        }
    }
}
