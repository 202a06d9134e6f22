using BriefingSite.Pipeline;

namespace BriefingSite.Cli;

/// <summary>One self-overwriting status line on a terminal: the current step and its count.</summary>
public sealed class TerminalProgress(TextWriter writer) : IBuildProgress
{
    private readonly Lock _lock = new();
    private long _lastDraw;

    public void StepStarted(string stepName) => Draw($"{stepName}…");

    public void Advanced(string stepName, int done, int total)
    {
        // Redraw at most 20 times a second; rendering thousands of pages must not wait on the console.
        var now = Environment.TickCount64;
        if (done == total || now - Interlocked.Read(ref _lastDraw) > 50)
        {
            Interlocked.Exchange(ref _lastDraw, now);
            Draw($"{stepName} {done}/{total}");
        }
    }

    public void StepFinished(string stepName, TimeSpan elapsed) => Draw("");

    private void Draw(string text)
    {
        lock (_lock)
        {
            writer.Write("\r" + text.PadRight(40) + (text.Length == 0 ? "\r" : ""));
        }
    }
}
