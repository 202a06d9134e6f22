using BriefingSite.Diagnostics;
using BriefingSite.Import;

namespace BriefingSite.Content;

/// <summary>
/// Runs the importer's <see cref="TextLinter"/> over a page's text on every build, so a
/// conversion slip in a published page (a letter from another script inside a word) stays a
/// warning until a person fixes it, not only when its seed is imported again.
/// </summary>
public static class PublishedTextLinter
{
    /// <param name="bodyStartLine">1-based line of the file on which <paramref name="body"/> starts.</param>
    public static void Check(string file, string body, int bodyStartLine, DiagnosticBag diagnostics)
    {
        foreach (var warning in TextLinter.Lint(file, body))
        {
            diagnostics.Add(warning with { Line = warning.Line + bodyStartLine - 1 });
        }
    }
}
