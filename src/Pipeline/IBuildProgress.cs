namespace BriefingSite.Pipeline;

/// <summary>Receives progress from long steps; the CLI shows it on a terminal and stays quiet otherwise.</summary>
public interface IBuildProgress
{
    void StepStarted(string stepName);

    void Advanced(string stepName, int done, int total);

    void StepFinished(string stepName, TimeSpan elapsed);
}

/// <summary>Progress that goes nowhere: tests and redirected output.</summary>
public sealed class SilentProgress : IBuildProgress
{
    public static readonly SilentProgress Instance = new();

    public void StepStarted(string stepName)
    {
    }

    public void Advanced(string stepName, int done, int total)
    {
    }

    public void StepFinished(string stepName, TimeSpan elapsed)
    {
    }
}
