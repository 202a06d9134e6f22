using BriefingSite.Publishing;

namespace BriefingSite.Pipeline;

/// <summary>Writes into a staging folder and swaps it in place of output/.</summary>
public sealed class WriteStep : IBuildStep
{
    public string Name => "write";

    public void Run(BuildContext context)
    {
        var writer = new AtomicOutputWriter(context.Paths.Output, context.Paths.Display(context.Paths.Output));
        if (context.Options.Clean)
        {
            writer.RemoveLeftovers();
        }

        var total = context.Files.Count;
        writer.Write(context.Files, done => context.Progress.Advanced(Name, done, total));
    }
}
