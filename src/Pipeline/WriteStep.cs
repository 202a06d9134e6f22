namespace BriefingSite.Pipeline;

/// <summary>Swaps the staging folder, written by the earlier steps, in place of output/.</summary>
public sealed class WriteStep : IBuildStep
{
    public string Name => "write";

    public void Run(BuildContext context)
    {
        if (context.RequireOutput().Commit() is { } leftover)
        {
            context.Diagnostics.Add(leftover);
        }
    }
}
