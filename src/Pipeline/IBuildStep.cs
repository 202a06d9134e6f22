namespace BriefingSite.Pipeline;

/// <summary>One named stage of a build. A step that finds content errors adds them to the context's diagnostics.</summary>
public interface IBuildStep
{
    string Name { get; }

    /// <summary>
    /// True for steps that make a great deal of short-lived data (every page's HTML, the search
    /// terms): the builder collects it before the next step, so the peaks of two steps never add up.
    /// </summary>
    bool LeavesGarbage => false;

    void Run(BuildContext context);
}
