using System.Collections.Concurrent;

namespace BriefingSite.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to add to from parallel rendering.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string file, string message, int line = 0, int column = 0) =>
        Add(Diagnostic.Error(file, message, line, column));

    public void Warning(string file, string message, int line = 0, int column = 0) =>
        Add(Diagnostic.Warning(file, message, line, column));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);

    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    /// <summary>Warnings that fail a <c>--strict</c> build: all but the advisory ones.</summary>
    public int StrictWarningCount => _items.Count(d => d.Severity == Severity.Warning && !d.Advisory);

    /// <summary>
    /// All diagnostics in a stable order (file, line, column), so output is reproducible; each
    /// once, though a theme problem is met by every page that renders it.
    /// </summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
}
