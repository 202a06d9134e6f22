namespace BriefingSite.Diagnostics;

/// <summary>
/// A problem with the user's content, configuration or theme that stops the build.
/// The CLI prints its diagnostic without a stack trace and exits with code 1.
/// </summary>
public sealed class SiteException : Exception
{
    public SiteException(Diagnostic diagnostic, Exception? inner = null)
        : base(diagnostic.ToString(), inner)
    {
        Diagnostic = diagnostic;
    }

    public SiteException(string file, string message, int line = 0, int column = 0, Exception? inner = null)
        : this(Diagnostic.Error(file, message, line, column), inner)
    {
    }

    public SiteException()
        : this("(unknown)", "unknown error")
    {
    }

    public SiteException(string message)
        : this("(unknown)", message)
    {
    }

    public SiteException(string message, Exception innerException)
        : this("(unknown)", message, inner: innerException)
    {
    }

    public Diagnostic Diagnostic { get; }
}
