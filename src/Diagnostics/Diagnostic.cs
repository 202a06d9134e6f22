namespace BriefingSite.Diagnostics;

/// <summary>How serious a diagnostic is: warnings never stop a build unless <c>--strict</c>.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>One message about one place in one file. Line and column are 1-based; 0 means unknown.</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, string message, int line = 0, int column = 0) =>
        new(Severity.Error, file, line, column, message);

    public static Diagnostic Warning(string file, string message, int line = 0, int column = 0) =>
        new(Severity.Warning, file, line, column, message);

    /// <summary>
    /// A warning <c>--strict</c> lets pass: shown like any other, but it fails a strict build only
    /// where the site opts in (a stale translation, see <c>stale_translations</c> in site.yml).
    /// </summary>
    public bool Advisory { get; init; }

    /// <summary>Formats as <c>file:line:column: error: message</c>, the shape editors and CI annotate.</summary>
    public override string ToString()
    {
        var place = File;
        if (Line > 0)
        {
            place += $":{Line}";
            if (Column > 0)
            {
                place += $":{Column}";
            }
        }

        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{place}: {kind}: {Message}";
    }
}
