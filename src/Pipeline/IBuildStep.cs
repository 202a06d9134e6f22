namespace BriefingSite.Pipeline;

/// <summary>One named stage of a build. A step that finds content errors adds them to the context's diagnostics.</summary>
public interface IBuildStep
{
    string Name { get; }

    void Run(BuildContext context);
}
