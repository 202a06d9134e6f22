namespace BriefingSite.Config;

/// <summary>The <c>pdf:</c> settings of <c>site.yml</c>: whether each briefing gets a printed PDF, and by which browser.</summary>
public sealed record PdfConfig
{
    /// <summary>Print a PDF of each briefing where Chromium is found; false never looks for it.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The Chromium (or Chrome) executable; null looks for <c>chromium</c>, <c>chromium-browser</c> and <c>google-chrome</c> on PATH.</summary>
    public string? Chromium { get; init; }
}
