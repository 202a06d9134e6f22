using System.Diagnostics;

namespace BriefingSite.Tests.Support;

/// <summary>A serve session's log, written from its watcher and search threads and read from the test.</summary>
public sealed class SynchronisedLog
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly StringWriter _text = new();

    public SynchronisedLog() => Writer = TextWriter.Synchronized(_text);

    public TextWriter Writer { get; }

    /// <summary>What the log holds now (the synchronised writer locks itself while writing).</summary>
    public string Text()
    {
        lock (Writer)
        {
            return _text.ToString();
        }
    }

    /// <summary>Waits until the log holds the phrase, then returns it and clears it, so the next wait needs a new line.</summary>
    public async Task<string> WaitFor(string phrase)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Patience && !Text().Contains(phrase, StringComparison.Ordinal))
        {
            await Task.Delay(100);
        }

        var text = Text();
        lock (Writer)
        {
            _text.GetStringBuilder().Clear();
        }

        return text;
    }
}
